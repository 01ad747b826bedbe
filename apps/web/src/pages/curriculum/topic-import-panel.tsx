import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ListTable } from '../../components/list-table';
import { saveFile } from '../../components/save-file';

/** The province officer's (or system admin's) topic import: template, upload, result by line. */
export function TopicImportPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const template = useMutation({
    mutationFn: async () => {
      const { blob, fileName } = await api.download(endpoints.curriculum.topicImportTemplate, {});
      saveFile(blob, fileName ?? 'mau-nhap-chuong-bai.xlsx');
    },
  });
  const run = useMutation({
    mutationFn: (selected: File) => api.upload(endpoints.curriculum.importTopics, { file: selected }),
    // Every picker and the coverage line read the new trees.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const report = run.data;

  return (
    <Paper withBorder p="md" radius="md" mt="lg">
      <Stack gap="sm">
        <Title order={2} fz="h5">
          {t('curriculum.topicImport.title')}
        </Title>
        <Text size="sm">{t('curriculum.topicImport.intro')}</Text>
        <Group>
          <Button variant="default" loading={template.isPending} onClick={() => template.mutate()}>
            {t('curriculum.topicImport.template')}
          </Button>
        </Group>
        {template.isError && <ErrorAlert error={template.error} />}
        <Group align="flex-end">
          <FileInput
            label={t('curriculum.topicImport.file')}
            placeholder={t('curriculum.topicImport.filePlaceholder')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(picked) => {
              setFile(picked);
              run.reset();
            }}
            w={{ base: '100%', xs: 320 }}
          />
          <Button disabled={!file} loading={run.isPending} onClick={() => file && run.mutate(file)}>
            {t('curriculum.topicImport.run')}
          </Button>
        </Group>
        {run.isError && <ErrorAlert error={run.error} />}
        {report && (
          <Stack gap="xs" data-testid="topic-import-result">
            <Alert color={report.errors.length > 0 ? 'yellow' : 'green'} variant="light">
              {t('curriculum.topicImport.result', report)}
            </Alert>
            {report.errors.length === 0 ? (
              <Text size="sm">{t('curriculum.topicImport.noErrors')}</Text>
            ) : (
              <>
                <Text size="sm" fw={500}>
                  {t('curriculum.topicImport.errors', { count: report.errors.length })}
                </Text>
                <ListTable
                  striped
                  items={report.errors}
                  scroll={{ minWidth: 420 }}
                  columns={[
                    t('curriculum.topicImport.row'),
                    t('curriculum.topicImport.column'),
                    t('curriculum.topicImport.message'),
                  ]}
                >
                  {(error) => (
                    <Table.Tr key={`${error.row}-${error.column ?? ''}-${error.message}`}>
                      <Table.Td>{error.row}</Table.Td>
                      <Table.Td>{error.column ?? ''}</Table.Td>
                      <Table.Td>{error.message}</Table.Td>
                    </Table.Tr>
                  )}
                </ListTable>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
