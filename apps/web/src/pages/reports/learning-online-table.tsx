import type { LearningOnlineReport } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { LearningStatus } from './learning-figure';
import type { OnlineShareSearch } from './report-search';
import { useShareFormat } from './share-format';

interface LearningTableProps {
  rows: LearningOnlineReport['rows'];
  label: string;
  /** The dashboard's search: a district row narrows the report to it, a school row opens its students. */
  search: OnlineShareSearch;
  month: string | undefined;
}

/** Schools (or districts) with their students learning online; a school's figure opens its students. */
export function LearningOnlineTable({ rows, label, search, month }: LearningTableProps) {
  const { t, i18n } = useTranslation();
  const format = useShareFormat();
  const count = (value: number) => value.toLocaleString(i18n.language);
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('reports.noRows')}
      </Text>
    );
  const period = { schoolYear: search.schoolYear, asOf: search.asOf, semester: search.semester, month };
  const columns = ['name', 'students', 'learning', 'share', 'quiz', 'practice', 'lecture', 'status'] as const;
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} ta={column === 'name' || column === 'status' ? 'left' : 'right'}>
                {t(`learningOnline.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-status={row.figure.status}>
              <Table.Td>
                {row.kind === 'school' ? (
                  <RouterAnchor
                    to="/bao-cao/hoc-truc-tuyen/$schoolId"
                    params={{ schoolId: row.id }}
                    search={period}
                    size="sm"
                    fw={600}
                  >
                    {row.name}
                  </RouterAnchor>
                ) : (
                  <RouterAnchor to="/bao-cao" search={{ ...search, districtId: row.id }} size="sm" fw={600}>
                    {row.name}
                  </RouterAnchor>
                )}
              </Table.Td>
              <Table.Td ta="right">{count(row.figure.students)}</Table.Td>
              <Table.Td ta="right">{count(row.figure.learning)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {format.share(row.figure.share)}
              </Table.Td>
              <Table.Td ta="right">{count(row.figure.byKind.quiz)}</Table.Td>
              <Table.Td ta="right">{count(row.figure.byKind.practice)}</Table.Td>
              <Table.Td ta="right">{count(row.figure.byKind.lecture)}</Table.Td>
              <Table.Td>
                <LearningStatus figure={row.figure} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
