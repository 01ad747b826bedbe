import type { ShareFigure } from '@hoclieu/contracts';
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHeader } from '../../components/table-header';
import { ShareValue, StatusBadge } from './share-figure';
import { useShareFormat } from './share-format';

export interface FigureRow {
  key: string;
  /** Plain name: the formula button's label. */
  name: string;
  /** What the first cell shows (a link to the drill-down, or the name). */
  cell?: ReactNode;
  figure: ShareFigure;
}

/** Subjects or classes with their online and programme periods, share and status. */
export function FigureTable({
  rows,
  label,
  nameHeading,
}: {
  rows: FigureRow[];
  label: string;
  nameHeading: string;
}) {
  const { t } = useTranslation();
  const format = useShareFormat();
  return (
    <Table.ScrollContainer minWidth={480} type="native" className="report-table-scroll">
      <Table striped verticalSpacing={4} aria-label={label}>
        <TableHeader
          columns={[
            nameHeading,
            { label: t('reports.columns.online'), ta: 'right' },
            { label: t('reports.columns.programme'), ta: 'right' },
            { label: t('reports.columns.share'), ta: 'right' },
            t('reports.columns.status'),
          ]}
        />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-status={row.figure.status}>
              <Table.Td>{row.cell ?? row.name}</Table.Td>
              <Table.Td ta="right">{format.periods(row.figure.online)}</Table.Td>
              <Table.Td ta="right">{format.periods(row.figure.programme)}</Table.Td>
              <Table.Td ta="right">
                <ShareValue figure={row.figure} name={row.name} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={row.figure.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
