import { errorMessage, type Language } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/list-table';
import { currentLanguage } from '../../i18n/language';

interface RowError {
  /** The workbook's sheet, for a workbook of several sheets. */
  sheet?: string;
  row: number;
  column?: string | null | undefined;
  code: string;
  message: string;
}

/** The kind of fault in the user's language, then the server's row-specific details (which value, what is expected). */
function RowErrorText({ error, language }: { error: RowError; language: Language }) {
  return (
    <>
      <Text size="sm">{errorMessage(error.code, language)}</Text>
      <Text size="xs" c="dimmed">
        {error.message}
      </Text>
    </>
  );
}

/** An import's row errors: where (sheet with `withSheet`, row, column) and what is wrong. */
export function RowErrorsTable({ errors, withSheet = false }: { errors: RowError[]; withSheet?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <ListTable
      striped
      items={errors}
      columns={[
        withSheet && t('orgImport.sheet'),
        t('imports.row'),
        t('imports.column'),
        t('imports.message'),
      ]}
    >
      {(error, index) => (
        <Table.Tr key={`${error.sheet ?? ''}-${error.row}-${error.column ?? ''}-${index}`}>
          {withSheet && <Table.Td>{error.sheet}</Table.Td>}
          <Table.Td>{error.row}</Table.Td>
          <Table.Td>{error.column ?? '—'}</Table.Td>
          <Table.Td>
            <RowErrorText error={error} language={language} />
          </Table.Td>
        </Table.Tr>
      )}
    </ListTable>
  );
}
