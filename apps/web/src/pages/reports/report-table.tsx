import { schoolLevelSchema } from '@hoclieu/contracts';
import { Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelBadges } from '../../components/level-badges';
import { RowNameLink } from '../../components/router-links';
import { sortableHeadings } from '../../components/sortable-heading';
import { nextSort, type ReportRow, type SortColumn, type SortState, sortRows } from './report-rows';
import { type OnlineShareSearch, periodOf } from './report-search';
import { FigureCells, StatusCell } from './share-figure';
import { statusColors, useShareFormat } from './share-format';
import { TrendSparkline } from './trend-sparkline';

interface ReportTableProps {
  rows: ReportRow[];
  label: string;
  /** The dashboard's search: its period goes on to a school's drill-down, all of it to a district's report. */
  search: OnlineShareSearch;
}

const schoolLevelsOf = (levels: string[]) =>
  levels.flatMap((level) => {
    const parsed = schoolLevelSchema.safeParse(level);
    return parsed.success ? [parsed.data] : [];
  });

/** A click on the row opens it, unless it landed on a link or a button of its own (the formula). */
const onOwnControl = (event: MouseEvent) =>
  event.target instanceof Element && event.target.closest('a, button') !== null;

/**
 * Schools (or districts, in the province view) with their figures; every column sorts. A school row
 * opens its drill-down, a district row narrows the report to that district.
 */
export function ReportTable({ rows, label, search }: ReportTableProps) {
  const period = periodOf(search);
  const { t } = useTranslation();
  const format = useShareFormat();
  const navigate = useNavigate();
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'asc' });
  const sorted = sortRows(rows, sort);

  const head = sortableHeadings({
    sort,
    onSort: (column: SortColumn) => setSort(nextSort(sort, column)),
    label: (column) => t(`reports.columns.${column}`),
    printable: true,
  });

  const open = (row: ReportRow) =>
    row.kind === 'school'
      ? navigate({ to: '/bao-cao/truong/$schoolId', params: { schoolId: row.id }, search: period })
      : navigate({ to: '/bao-cao', search: { ...search, districtId: row.id } });

  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('reports.noRows')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900} type="native" className="report-table-scroll">
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {head('name')}
            {head('levels')}
            {head('online', 'right')}
            {head('programme', 'right')}
            {head('share', 'right')}
            {head('target', 'right')}
            {head('gap', 'right')}
            {head('trend')}
            {head('status')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr
              key={row.id}
              data-status={row.figure.status}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                if (!onOwnControl(event)) void open(row);
              }}
            >
              <Table.Td>
                {row.kind === 'school' ? (
                  <RowNameLink to="/bao-cao/truong/$schoolId" params={{ schoolId: row.id }} search={period}>
                    {row.name}
                  </RowNameLink>
                ) : (
                  <RowNameLink to="/bao-cao" search={{ ...search, districtId: row.id }}>
                    {row.name}
                  </RowNameLink>
                )}
              </Table.Td>
              <Table.Td>
                <LevelBadges levels={schoolLevelsOf(row.levels)} />
              </Table.Td>
              <FigureCells figure={row.figure} name={row.name} />
              <Table.Td ta="right">{format.target(row.figure.target)}</Table.Td>
              <Table.Td
                ta="right"
                c={row.gap !== null && row.gap < 0 ? 'red' : undefined}
                data-testid="gap"
                style={{ whiteSpace: 'nowrap' }}
              >
                {format.gap(row.gap)}
              </Table.Td>
              <Table.Td>
                <TrendSparkline trend={row.trend} color={statusColors[row.figure.status]} />
              </Table.Td>
              <StatusCell status={row.figure.status} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
