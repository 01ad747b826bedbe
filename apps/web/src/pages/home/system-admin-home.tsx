import { endpoints } from '@hoclieu/contracts';
import { SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { QueryView } from '../../components/query-view';
import { StatCard } from '../../components/stat-card';
import { DistrictsTable } from '../districts-table';
import { SetupGuide } from '../org/setup-guide';

function Count({ label, query }: { label: string; query: UseQueryResult<number> }) {
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data === undefined) return <Skeleton h={84} radius="md" />;
  return <StatCard label={label} value={query.data} />;
}

export function SystemAdminHome() {
  const { t } = useTranslation();
  const districts = useApiQuery(endpoints.org.listDistricts, {});
  const schools = useApiQuery(
    endpoints.org.listSchools,
    { query: { pageSize: 1 } },
    { select: (data) => data.total },
  );
  const users = useApiQuery(
    endpoints.org.listUsers,
    { query: { pageSize: 1 } },
    { select: (data) => data.total },
  );
  const targets = useApiQuery(endpoints.kpi.listTargets, {}, { select: (data) => data.items.length });
  const districtCount = useApiQuery(endpoints.org.listDistricts, {}, { select: (data) => data.items.length });
  return (
    <Stack gap="lg">
      <SetupGuide />
      <Title order={2} fz="h4">
        {t('home.overview')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Count label={t('home.districts')} query={districtCount} />
        <Count label={t('home.schools')} query={schools} />
        <Count label={t('home.accounts')} query={users} />
        <Count label={t('home.kpiTargets')} query={targets} />
      </SimpleGrid>
      <Title order={2} fz="h4">
        {t('home.districts')}
      </Title>
      <QueryView query={districts}>{(data) => <DistrictsTable districts={data.items} />}</QueryView>
    </Stack>
  );
}
