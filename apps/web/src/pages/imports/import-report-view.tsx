import type { ImportReport } from '@hoclieu/contracts';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/list-table';
import { saveFile } from '../../components/save-file';
import { StatCard } from '../../components/stat-card';
import { credentialsCsv } from './credentials-csv';
import { RowErrorsTable } from './row-errors-table';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();

  function downloadCredentials() {
    const headers = [
      t('imports.row'),
      t('users.username'),
      t('users.fullName'),
      t('imports.temporaryPassword'),
    ] as const;
    saveFile(credentialsCsv(report.credentials, [...headers]), `tai-khoan-moi-${report.kind}.csv`);
  }

  return (
    <Stack gap="lg" data-testid="import-report">
      <Title order={2} fz="h4">
        {t('imports.report')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <StatCard label={t('imports.totalRows')} value={report.totalRows} />
        <StatCard label={t('imports.created')} value={report.created} />
        <StatCard label={t('imports.updated')} value={report.updated} />
        <StatCard label={t('imports.unchanged')} value={report.unchanged} />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={3} fz="h5" mb="sm">
          {t('imports.errors')} ({report.errors.length})
        </Title>
        {report.errors.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('imports.noErrors')}
          </Text>
        ) : (
          <RowErrorsTable errors={report.errors} />
        )}
      </Paper>
      {report.credentials.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={3} fz="h5">
              {t('imports.credentials')} ({report.credentials.length})
            </Title>
            <Button size="xs" onClick={downloadCredentials}>
              {t('imports.downloadCsv')}
            </Button>
          </Group>
          <Alert color="yellow" variant="light" mb="sm">
            {t('imports.credentialsHint')}
          </Alert>
          <ListTable
            striped
            items={report.credentials}
            columns={[
              { label: t('imports.row'), visibleFrom: 'sm' },
              t('users.fullName'),
              t('users.username'),
              t('imports.temporaryPassword'),
            ]}
          >
            {(item) => (
              <Table.Tr key={item.username}>
                <Table.Td visibleFrom="sm">{item.row}</Table.Td>
                <Table.Td>{item.fullName}</Table.Td>
                <Table.Td ff="monospace">{item.username}</Table.Td>
                <Table.Td ff="monospace">{item.temporaryPassword}</Table.Td>
              </Table.Tr>
            )}
          </ListTable>
        </Paper>
      )}
    </Stack>
  );
}
