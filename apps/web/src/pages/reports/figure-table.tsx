import type { ShareFigure } from '@hoclieu/contracts';
import { Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/list-table';
import { FigureCells, StatusCell } from './share-figure';

export interface FigureRow {
  key: string;
  /** Plain name: the formula button's label. */
  name: string;
  /** What the first cell shows (a link to the drill-down, or the name). */
  cell?: ReactNode;
  figure: ShareFigure;
}

/**
 * Subjects or classes under their `title`, with their online and programme periods, share and status.
 * `of` names what they belong to (a grade), for the table's accessible name.
 */
export function FigureTable({
  rows,
  title,
  of,
  nameHeading,
}: {
  rows: FigureRow[];
  title: string;
  of: string;
  nameHeading: string;
}) {
  return (
    <div>
      <Title order={3} fz="h5" mb={4}>
        {title}
      </Title>
      <FigureRowsTable rows={rows} label={`${of}: ${title}`} nameHeading={nameHeading} />
    </div>
  );
}

function FigureRowsTable({
  rows,
  label,
  nameHeading,
}: {
  rows: FigureRow[];
  label: string;
  nameHeading: string;
}) {
  const { t } = useTranslation();
  return (
    <ListTable
      striped
      verticalSpacing={4}
      aria-label={label}
      items={rows}
      scroll={{ minWidth: 480, type: 'native', className: 'report-table-scroll' }}
      columns={[
        nameHeading,
        { label: t('reports.columns.online'), ta: 'right' },
        { label: t('reports.columns.programme'), ta: 'right' },
        { label: t('reports.columns.share'), ta: 'right' },
        t('reports.columns.status'),
      ]}
    >
      {(row) => (
        <Table.Tr key={row.key} data-status={row.figure.status}>
          <Table.Td>{row.cell ?? row.name}</Table.Td>
          <FigureCells figure={row.figure} name={row.name} />
          <StatusCell status={row.figure.status} />
        </Table.Tr>
      )}
    </ListTable>
  );
}
