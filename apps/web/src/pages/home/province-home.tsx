import { endpoints } from '@hoclieu/contracts';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { useSession } from '../../session/session-context';
import { DistrictsTable } from '../districts-table';

export function ProvinceHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  const districts = useApiQuery(endpoints.org.listDistricts, {});
  return (
    <Stack gap="md">
      <Title order={2} fz="h4">
        {t('home.districtsOfProvince', { province: user.province?.name ?? '' })}
      </Title>
      <QueryView query={districts}>{(data) => <DistrictsTable districts={data.items} />}</QueryView>
    </Stack>
  );
}
