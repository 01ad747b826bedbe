import { endpoints, type KpiTarget } from '@hoclieu/contracts';
import { can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { Table, Text, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { useActor } from '../../session/session-context';
import { TargetPercentCell } from './target-percent-cell';

/** KPI codes come from the plan documents; unknown ones are shown as stored. */
function label(t: TFunction, group: 'names' | 'scopes', code: string): string {
  return t(`kpi.${group}.${code}` as 'kpi.names.online_program_share', { defaultValue: code });
}

const byKpiThenYear = (a: KpiTarget, b: KpiTarget) => a.kpi.localeCompare(b.kpi) || a.year - b.year;

export function KpiTargetsPage() {
  const { t } = useTranslation();
  const canEdit = can(useActor(), 'kpi.manage', GLOBAL_SCOPE);
  const targets = useApiQuery(endpoints.kpi.listTargets, {});
  return (
    <>
      <PageHeader title={t('kpi.title')} />
      <QueryView query={targets}>
        {({ items }) => (
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpi.kpi')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('kpi.scope')}</Table.Th>
                <Table.Th>{t('kpi.year')}</Table.Th>
                <Table.Th ta="right">{t('kpi.target')}</Table.Th>
                <Table.Th visibleFrom="md">{t('kpi.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...items].sort(byKpiThenYear).map((target) => {
                const kpiName = label(t, 'names', target.kpi);
                return (
                  <Table.Tr key={target.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {kpiName}
                      </Text>
                      <Text size="xs" c="dimmed" hiddenFrom="sm">
                        {label(t, 'scopes', target.scope)}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{label(t, 'scopes', target.scope)}</Table.Td>
                    <Table.Td>{target.year}</Table.Td>
                    <Table.Td ta="right">
                      {canEdit ? (
                        <TargetPercentCell target={target} kpiName={kpiName} />
                      ) : (
                        `${target.targetPercent} %`
                      )}
                    </Table.Td>
                    <Table.Td visibleFrom="md" maw={360}>
                      <Tooltip label={target.sourceText} multiline w={320} withinPortal>
                        <Text size="xs">{target.sourceDocument}</Text>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </>
  );
}
