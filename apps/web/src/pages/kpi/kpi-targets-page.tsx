import { endpoints, type KpiTarget } from '@hoclieu/contracts';
import { can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { Button, Group, Table, Text, Tooltip } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { useActor } from '../../session/session-context';
import { TargetForm } from './target-form';
import { TargetHistory } from './target-history';

/** KPI codes come from the plan documents; unknown ones are shown as stored. */
function label(t: TFunction, group: 'names' | 'scopes', code: string): string {
  return t(`kpi.${group}.${code}` as 'kpi.names.online_program_share', { defaultValue: code });
}

const byKpiThenYear = (a: KpiTarget, b: KpiTarget) => a.kpi.localeCompare(b.kpi) || a.year - b.year;

export function KpiTargetsPage() {
  const { t, i18n } = useTranslation();
  const canEdit = can(useActor(), 'kpi.manage', GLOBAL_SCOPE);
  const targets = useApiQuery(endpoints.kpi.listTargets, {});
  const [editing, setEditing] = useState<KpiTarget | 'new' | null>(null);
  const [viewing, setViewing] = useState<KpiTarget | null>(null);
  const labelOf = (group: 'names' | 'scopes', code: string) => label(t, group, code);
  return (
    <>
      <PageHeader
        title={t('kpi.title')}
        actions={canEdit && <Button onClick={() => setEditing('new')}>{t('kpiTargets.add')}</Button>}
      />
      {editing && (
        <TargetForm
          {...(editing === 'new' ? {} : { target: editing })}
          label={labelOf}
          onClose={() => setEditing(null)}
        />
      )}
      {viewing && (
        <TargetHistory
          target={viewing}
          kpiName={labelOf('names', viewing.kpi)}
          onClose={() => setViewing(null)}
        />
      )}
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
                <Table.Th />
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
                    <Table.Td ta="right">{target.targetPercent.toLocaleString(i18n.language)} %</Table.Td>
                    <Table.Td visibleFrom="md" maw={360}>
                      <Tooltip label={target.sourceText} multiline w={320} withinPortal>
                        <Text size="xs">{target.sourceDocument}</Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {canEdit && (
                          <Button size="compact-xs" variant="light" onClick={() => setEditing(target)}>
                            {t('kpiTargets.edit')}
                          </Button>
                        )}
                        <Button size="compact-xs" variant="subtle" onClick={() => setViewing(target)}>
                          {t('kpiTargets.history')}
                        </Button>
                      </Group>
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
