import { type DeliveryRecord, endpoints } from '@hoclieu/contracts';
import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { useVietnamFormat } from '../../components/vietnam-format';
import { EvidenceLink } from './record-cells';
import { invalidateReports } from './report-queries';
import { useShareFormat } from './share-format';

interface Decision {
  record: DeliveryRecord;
  confirm: boolean;
}

/** The two answers to a declared lesson, confirming first. */
const decisions = [
  {
    confirm: true,
    label: 'pendingRecords.confirm',
    labelOf: 'pendingRecords.confirmOf',
    color: 'teal',
    variant: 'filled',
  },
  {
    confirm: false,
    label: 'pendingRecords.reject',
    labelOf: 'pendingRecords.rejectOf',
    color: 'red',
    variant: 'light',
  },
] as const;

/** Chờ xác nhận: live lessons teachers declared, for the school admin to confirm or reject. */
export function PendingRecords() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const date = useVietnamFormat().day;
  const format = useShareFormat();
  const pending = useApiQuery(endpoints.reports.pendingRecords, {});
  const decide = useMutation({
    mutationFn: ({ record, confirm }: Decision) =>
      api.call(endpoints.reports.confirmRecord, { params: { lessonId: record.id }, body: { confirm } }),
    onSuccess: (decided, { confirm }) => {
      queryClient.setQueryData<{ items: DeliveryRecord[] }>(
        endpointKey(endpoints.reports.pendingRecords, {}),
        (current) => current && { items: current.items.filter((item) => item.id !== decided.id) },
      );
      invalidateReports(queryClient);
      notifications.show({
        color: confirm ? 'teal' : 'gray',
        message: t(confirm ? 'pendingRecords.confirmed' : 'pendingRecords.rejected'),
      });
    },
  });
  const busy = (record: DeliveryRecord, confirm: boolean) =>
    decide.isPending && decide.variables.record.id === record.id && decide.variables.confirm === confirm;

  return (
    <PageSection title={t('pendingRecords.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('pendingRecords.hint')}
      </Text>
      {decide.isError && <ErrorAlert error={decide.error} />}
      <QueryView query={pending}>
        {({ items }) => (
          <ListTable
            verticalSpacing="xs"
            aria-label={t('pendingRecords.title')}
            items={items}
            empty={
              <Text size="sm" c="dimmed">
                {t('pendingRecords.empty')}
              </Text>
            }
            scroll={{ minWidth: 820, type: 'native' }}
            columns={[
              t('classReport.columns.date'),
              t('classReport.columns.class'),
              t('classReport.columns.subject'),
              { label: t('classReport.columns.periods'), ta: 'right' },
              t('classReport.columns.teacher'),
              t('classReport.columns.evidence'),
              t('classReport.columns.note'),
              { label: t('pendingRecords.confirm'), hidden: true },
            ]}
          >
            {(record) => {
              const names = {
                subject: record.subject.name,
                className: record.className,
                date: date(record.date),
              };
              return (
                <Table.Tr key={record.id}>
                  <Table.Td>{date(record.date)}</Table.Td>
                  <Table.Td>{record.className}</Table.Td>
                  <Table.Td>{record.subject.name}</Table.Td>
                  <Table.Td ta="right">{format.periods(record.periods)}</Table.Td>
                  <Table.Td>{record.teacher}</Table.Td>
                  <Table.Td>
                    <EvidenceLink link={record.link} />
                  </Table.Td>
                  <Table.Td>{record.note || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" justify="flex-end">
                      {decisions.map(({ confirm, label, labelOf, ...look }) => (
                        <Button
                          key={label}
                          size="compact-sm"
                          {...look}
                          loading={busy(record, confirm)}
                          disabled={decide.isPending}
                          aria-label={t(labelOf, names)}
                          onClick={() => decide.mutate({ record, confirm })}
                        >
                          {t(label)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            }}
          </ListTable>
        )}
      </QueryView>
    </PageSection>
  );
}
