import { type MantineBreakpoint, Table, type TableProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { ListTable, type ListTableProps } from './list-table';

/** One column of a table: its heading and each item's cell, placed and shown alike in both. */
export interface TableColumn<T> {
  label: string;
  cell: (item: T) => ReactNode;
  /** Keeps the heading for screen readers only (an actions column). */
  hidden?: boolean;
  /** Shown from this screen width up: phones keep the columns that matter most. */
  visibleFrom?: MantineBreakpoint;
  ta?: 'right';
}

interface ColumnTableProps<T> extends Omit<TableProps, 'children'> {
  items: readonly T[];
  /** The columns in order; one given as `false` is left out (`manage && { … }`). */
  columns: (TableColumn<T> | false)[];
  rowKey: (item: T) => string;
  rowStyle?: (item: T) => CSSProperties | undefined;
  /** Shown instead of the table when there are no items. */
  empty?: ReactNode;
  scroll?: ListTableProps<T>['scroll'];
}

/** A list table described column by column: a heading and a cell per column, a row per item. */
export function ColumnTable<T>({ columns, rowKey, rowStyle, ...table }: ColumnTableProps<T>) {
  const shown = columns.filter((column) => column !== false);
  return (
    <ListTable {...table} columns={shown.map(({ cell, ...heading }) => heading)}>
      {(item) => (
        <Table.Tr key={rowKey(item)} style={rowStyle?.(item)}>
          {shown.map(({ label, cell, visibleFrom, ta }) => (
            <Table.Td key={label} visibleFrom={visibleFrom} ta={ta}>
              {cell(item)}
            </Table.Td>
          ))}
        </Table.Tr>
      )}
    </ListTable>
  );
}
