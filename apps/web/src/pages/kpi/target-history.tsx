import { endpoints, type KpiTarget } from '@hoclieu/contracts';
import { Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ListTable } from '../../components/list-table';
import { QueryView } from '../../components/query-view';
import { useVietnamFormat } from '../../components/vietnam-format';

interface TargetHistoryProps {
  target: KpiTarget;
  kpiName: string;
  onClose: () => void;
}

/** Who changed a target, when, and its percent and decision before and after. */
export function TargetHistory({ target, kpiName, onClose }: TargetHistoryProps) {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const history = useApiQuery(endpoints.kpi.targetHistory, { params: { targetId: target.id } });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('kpiTargets.historyTitle', { kpi: kpiName, year: target.year })}
      centered
      size="xl"
    >
      <QueryView query={history}>
        {({ items }) => (
          <ListTable
            verticalSpacing="xs"
            items={items}
            empty={<Text c="dimmed">{t('kpiTargets.noHistory')}</Text>}
            scroll={{ minWidth: 520 }}
            columns={[t('kpiTargets.when'), t('kpiTargets.who'), t('kpiTargets.change')]}
          >
            {(change) => (
              <Table.Tr key={change.id}>
                <Table.Td>{format.dateTime(change.changedAt)}</Table.Td>
                <Table.Td>{change.changedBy ?? '—'}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {change.action === 'create' ? t('kpiTargets.created') : t('kpiTargets.updated')}:{' '}
                      {change.fromPercent === null ? '' : `${change.fromPercent} % → `}
                      {change.toPercent} %
                    </Text>
                    {change.fromDocument && change.fromDocument !== change.toDocument && (
                      <Text size="xs" c="dimmed" td="line-through">
                        {change.fromDocument}
                      </Text>
                    )}
                    <Text size="xs">{change.toDocument}</Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
          </ListTable>
        )}
      </QueryView>
    </Modal>
  );
}
