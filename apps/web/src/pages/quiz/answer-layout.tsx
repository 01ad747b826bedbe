import { Group, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../components/rich-content/rich-content';

/** A true/false answer in words ("Đúng", "Sai"), or a dash where none was given. */
export function useTruthText() {
  const { t } = useTranslation();
  return (value: boolean | undefined) =>
    value === undefined ? '—' : value ? t('quiz.true') : t('quiz.false');
}

/** One option of a submitted question: its letter, then `children`, on a background saying how it was picked. */
export function OptionRow({
  label,
  bg,
  children,
}: {
  label: string;
  bg: string | undefined;
  children: ReactNode;
}) {
  return (
    <Paper withBorder px="sm" py={6} radius="sm" bg={bg}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={700}>{label}.</Text>
        {children}
      </Group>
    </Paper>
  );
}

/** The statements of a true/false question, with one narrow column per answer shown (the student's, the key). */
export function StatementsTable({
  answerColumns,
  children,
}: {
  answerColumns: string[];
  children: ReactNode;
}) {
  return (
    <Table withTableBorder layout="fixed" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36} />
          <Table.Th />
          {answerColumns.map((column) => (
            <Table.Th key={column} w={80}>
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** A statement's letter and text: the first two cells of its row. */
export function StatementCells({ statement }: { statement: { label: string; html: string } }) {
  return (
    <>
      <Table.Td fw={700}>{statement.label})</Table.Td>
      <Table.Td>
        <RichContent html={statement.html} />
      </Table.Td>
    </>
  );
}
