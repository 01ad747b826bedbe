import { endpoints, type OrgImport } from '@hoclieu/contracts';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { saveFile } from '../../components/save-file';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useActor } from '../../session/session-context';
import { RowErrorsTable } from './row-errors-table';

const finished = (status: OrgImport['status'] | undefined) => status === 'done' || status === 'failed';
const statusColor = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;

/**
 * The whole province from one workbook: uploaded once, imported by a background job whose
 * progress this polls (every second until it ends); the latest import shows again after a reload.
 */
export function OrgWorkbookImport() {
  const { t } = useTranslation();
  const format = useVietnamFormat();
  const api = useApi();
  const actor = useActor();
  const isSystemAdmin = actor.role === 'system_admin';
  const [file, setFile] = useState<File | null>(null);
  const [provinceId, setProvinceId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(0);
  const provinces = useApiQuery(endpoints.orgManagement.listProvinces, {}, { enabled: isSystemAdmin });
  const recent = useApiQuery(endpoints.orgImports.list, {});
  const importId = chosen ?? recent.data?.items[0]?.id ?? null;
  const current = useApiQuery(
    endpoints.orgImports.get,
    { params: { importId: importId ?? '' } },
    {
      enabled: importId !== null,
      refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
    },
  );

  const template = useMutation({
    mutationFn: async () => {
      const { blob, fileName } = await api.download(endpoints.orgImports.template, {});
      saveFile(blob, fileName ?? 'mau-nhap-ca-tinh.xlsx');
    },
  });
  const start = useMutation({
    mutationFn: (selected: File) => {
      setUploaded(0);
      return api.upload(endpoints.orgImports.start, {
        query: isSystemAdmin && provinceId ? { provinceId } : {},
        file: selected,
        onProgress: setUploaded,
      });
    },
    onSuccess: (created) => {
      setChosen(created.id);
      setFile(null);
      void recent.refetch();
    },
  });
  const credentials = useMutation({
    mutationFn: async (id: string) => {
      const { blob, fileName } = await api.download(endpoints.orgImports.credentials, {
        params: { importId: id },
      });
      saveFile(blob, fileName ?? 'mat-khau-tam.csv');
    },
  });

  const running = current.data && !finished(current.data.status);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Text size="sm">{t('orgImport.intro')}</Text>
          <Group>
            <Button variant="light" size="xs" loading={template.isPending} onClick={() => template.mutate()}>
              {t('orgImport.template')}
            </Button>
          </Group>
          {template.isError && <ErrorAlert error={template.error} />}
          {isSystemAdmin && (
            <Select
              label={t('orgImport.province')}
              data={(provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={provinceId}
              onChange={setProvinceId}
              maw={520}
              searchable
            />
          )}
          <FileInput
            label={t('orgImport.file')}
            placeholder={t('orgImport.filePlaceholder')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            clearable
            maw={520}
          />
          <Button
            onClick={() => file && start.mutate(file)}
            disabled={!file || (isSystemAdmin && !provinceId) || !!running}
            loading={start.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('orgImport.start')}
          </Button>
          {start.isPending && (
            <Progress
              value={Math.round(uploaded * 100)}
              animated
              maw={520}
              aria-label={t('imports.processing')}
            />
          )}
          {start.isError && <ErrorAlert error={start.error} />}
        </Stack>
      </Paper>
      {current.data && (
        <ImportProgressView
          item={current.data}
          onDownload={() => credentials.mutate(current.data.id)}
          downloading={credentials.isPending}
          mayDownload={current.data.status === 'done'}
        />
      )}
      {credentials.isError && <ErrorAlert error={credentials.error} />}
      {(recent.data?.items.length ?? 0) > 1 && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} fz="h5" mb="sm">
            {t('orgImport.recent')}
          </Title>
          <Stack gap={4}>
            {recent.data?.items.map((item) => (
              <Group key={item.id} gap="xs">
                <Button variant="subtle" size="compact-sm" onClick={() => setChosen(item.id)}>
                  {item.fileName}
                </Button>
                <Text size="xs" c="dimmed">
                  {format.dateTime(item.createdAt)}
                </Text>
                <Badge size="sm" color={statusColor[item.status]}>
                  {t(`orgImport.status.${item.status}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function ImportProgressView({
  item,
  onDownload,
  downloading,
  mayDownload,
}: {
  item: OrgImport;
  onDownload: () => void;
  downloading: boolean;
  mayDownload: boolean;
}) {
  const { t } = useTranslation();
  const done = item.sheets.reduce((sum, s) => sum + s.doneRows, 0);
  const total = item.sheets.reduce((sum, s) => sum + (s.totalRows ?? 0), 0);
  const percent = total > 0 ? Math.floor((done / total) * 100) : item.status === 'done' ? 100 : 0;
  return (
    <Paper withBorder p="md" radius="md" data-testid="org-import-progress">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {item.fileName}
          </Title>
          <Badge color={statusColor[item.status]}>{t(`orgImport.status.${item.status}`)}</Badge>
        </Group>
        <Stack gap={4}>
          <Progress
            value={percent}
            animated={!finished(item.status)}
            color={item.status === 'failed' ? 'red' : undefined}
            aria-label={t('orgImport.progress', { done, total, percent })}
          />
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('orgImport.progress', { done, total, percent })}
          </Text>
        </Stack>
        {item.failure && <Alert color="red">{item.failure}</Alert>}
        <ListTable
          striped
          items={item.sheets.filter((s) => s.totalRows !== null)}
          scroll={{ minWidth: 520 }}
          columns={[
            t('orgImport.sheet'),
            t('orgImport.rows'),
            t('imports.created'),
            t('imports.updated'),
            t('imports.unchanged'),
            t('orgImport.errorRows'),
          ]}
        >
          {(s) => (
            <Table.Tr key={s.kind}>
              <Table.Td>{t(`orgImport.sheets.${s.kind}`)}</Table.Td>
              <Table.Td>
                {s.doneRows} / {s.totalRows}
              </Table.Td>
              <Table.Td>{s.created}</Table.Td>
              <Table.Td>{s.updated}</Table.Td>
              <Table.Td>{s.unchanged}</Table.Td>
              <Table.Td>{s.errorRows}</Table.Td>
            </Table.Tr>
          )}
        </ListTable>
        {item.credentialCount > 0 && mayDownload && (
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={500}>{t('orgImport.credentials', { count: item.credentialCount })}</Text>
              <Button size="xs" onClick={onDownload} loading={downloading}>
                {t('orgImport.downloadCredentials')}
              </Button>
            </Group>
            <Alert color="yellow" variant="light">
              {t('orgImport.credentialsHint')}
            </Alert>
          </Stack>
        )}
        <Title order={3} fz="h5">
          {t('imports.errors')} ({item.errorCount})
        </Title>
        {item.errorCount === 0 ? (
          <Text c="dimmed" size="sm">
            {t('imports.noErrors')}
          </Text>
        ) : (
          <>
            {item.errors.length < item.errorCount && (
              <Text size="xs" c="dimmed">
                {t('orgImport.errorsShown', { shown: item.errors.length, count: item.errorCount })}
              </Text>
            )}
            <Table.ScrollContainer minWidth={520}>
              <RowErrorsTable errors={item.errors} withSheet />
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
}
