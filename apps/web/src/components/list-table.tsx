import { Table, type TableProps, type TableScrollContainerProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { keyboardScrollable } from './keyboard-scrollable';
import { type Column, TableHeader } from './table-header';

export interface ListTableProps<T> extends Omit<TableProps, 'children'> {
  items: readonly T[];
  columns: (Column | false)[];
  /** The row of one item (and its place in the list): a `Table.Tr` with its key. */
  children: (item: T, index: number) => ReactNode;
  /** Shown instead of the table when there are no items (a dimmed "no data" line). */
  empty?: ReactNode;
  /**
   * Wide tables scroll sideways below `minWidth` (a phone). `label` makes the scroll region reachable
   * by keyboard: for a table with nothing focusable inside.
   */
  scroll?: Pick<TableScrollContainerProps, 'minWidth' | 'type' | 'className' | 'scrollAreaProps'> & {
    label?: string;
  };
}

/** A table of items under a head row: the frame every list page draws the same way. */
export function ListTable<T>({ items, columns, children, empty, scroll, ...tableProps }: ListTableProps<T>) {
  if (items.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = (
    <Table {...tableProps}>
      <TableHeader columns={columns} />
      <Table.Tbody>{items.map((item, index) => children(item, index))}</Table.Tbody>
    </Table>
  );
  if (!scroll) return table;
  const { label, ...container } = scroll;
  return (
    <Table.ScrollContainer {...container} {...(label === undefined ? {} : keyboardScrollable(label))}>
      {table}
    </Table.ScrollContainer>
  );
}
