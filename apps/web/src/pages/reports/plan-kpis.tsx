import { endpoints, type PlanKpi } from '@hoclieu/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { useFormulaText } from './formula-text';
import { StatusBadge } from './share-figure';
import { statusColors, useShareFormat } from './share-format';

type Query = { schoolYear?: string | undefined; asOf?: string | undefined; districtId?: string | undefined };

function KpiCard({ item }: { item: PlanKpi }) {
  const { t } = useTranslation();
  const format = useShareFormat();
  const formula = useFormulaText();
  const name = t(`kpi.names.${item.kpi}`);
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={name}>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Text fz={24} fw={700} c={statusColors[item.status]}>
        {format.share(item.value)}
      </Text>
      <Text size="sm" c="dimmed">
        {item.target === null
          ? t('reports.noTarget')
          : t('reports.target', { value: format.target(item.target) })}
      </Text>
      <StatusBadge status={item.status} />
      <Text size="xs" c="dimmed" mt={6}>
        {formula.planKpi(item)}
      </Text>
    </Paper>
  );
}

/** The plan's other indicators for the same unit and year, each with what was counted. */
export function PlanKpis({ query }: { query: Query }) {
  const kpis = useApiQuery(endpoints.reports.planKpis, { query });
  return (
    <QueryView query={kpis}>
      {(data) => (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {data.items.map((item) => (
            <KpiCard key={item.kpi} item={item} />
          ))}
        </SimpleGrid>
      )}
    </QueryView>
  );
}
