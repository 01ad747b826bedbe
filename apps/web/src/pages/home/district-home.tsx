import { endpoints } from '@hoclieu/contracts';
import { Badge, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { SchoolsTable } from '../schools/schools-table';

const ALL_SCHOOLS_OF_A_DISTRICT = 200;

export function DistrictHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  const schools = useApiQuery(endpoints.org.listSchools, {
    query: { districtId: user.district?.id, pageSize: ALL_SCHOOLS_OF_A_DISTRICT },
  });
  return (
    <QueryView query={schools}>
      {(data) => (
        <Stack gap="md">
          <Group gap="sm" justify="space-between">
            <Group gap="sm">
              <Title order={2} fz="h4">
                {t('home.schoolsOfDistrict', { district: user.district?.name ?? '' })}
              </Title>
              <Badge size="lg" variant="light">
                {t('home.schoolCount', { count: data.total })}
              </Badge>
            </Group>
            <RouterButton to="/truong" variant="light" size="xs">
              {t('home.showAllSchools')}
            </RouterButton>
          </Group>
          <SchoolsTable schools={data.items} showDistrict={false} />
        </Stack>
      )}
    </QueryView>
  );
}
