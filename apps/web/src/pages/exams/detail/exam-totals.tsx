import { cognitiveLevels, type ExamDetail, paperPartSchema } from '@hoclieu/contracts';
import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableHeader } from '../../../components/table-header';
import { useScoreFormat } from '../format';

type Item = ExamDetail['items'][number];

function sums<K extends string>(items: Item[], keyOf: (item: Item) => K, keys: readonly K[]) {
  return keys
    .map((key) => {
      const matching = items.filter((item) => keyOf(item) === key);
      return { key, count: matching.length, points: matching.reduce((sum, item) => sum + item.points, 0) };
    })
    .filter((row) => row.count > 0);
}

/** How many questions and points each part (Phần I, II, III, tự luận) and each level holds. */
export function ExamTotals({ exam }: { exam: ExamDetail }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const byPart = sums(exam.items, (item) => item.part, paperPartSchema.options);
  const byLevel = sums(exam.items, (item) => item.level ?? 'none', [...cognitiveLevels, 'none'] as const);
  const table = (caption: string, rows: { key: string; label: string; count: number; points: number }[]) => (
    <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={caption}>
      <TableHeader
        columns={[
          caption,
          { label: t('examDetail.questionCount'), ta: 'right' },
          { label: t('examDetail.points'), ta: 'right' },
        ]}
      />
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td ta="right">{row.count}</Table.Td>
            <Table.Td ta="right">{score(row.points)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t('examMatrix.columnTotal')}</Table.Th>
          <Table.Th ta="right">{exam.items.length}</Table.Th>
          <Table.Th ta="right">{score(exam.maxScore)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
  return (
    <Stack gap="sm">
      {table(
        t('examDetail.byPart'),
        byPart.map((row) => ({ ...row, label: t(`examDetail.parts.${row.key}`) })),
      )}
      {table(
        t('examDetail.byLevel'),
        byLevel.map((row) => ({
          ...row,
          label: row.key === 'none' ? t('examDetail.noLevel') : t(`questions.levels.${row.key}`),
        })),
      )}
    </Stack>
  );
}
