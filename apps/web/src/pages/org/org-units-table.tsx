import { type TableProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColumnTable, type TableColumn } from '../../components/column-table';
import { InactiveBadge, inactiveRow } from './inactive-badge';

interface OrgUnitsTableProps<U> extends Omit<TableProps, 'children'> {
  items: U[];
  /** Said instead of the table when there are none. */
  empty: string;
  /** The first column: the unit's name (a link or plain text), then any badges after "inactive". */
  name: { label: string; cell: (unit: U) => ReactNode; badges?: (unit: U) => ReactNode };
  /** The columns after the name; one given as `false` is left out. */
  columns: (TableColumn<U> | false)[];
}

/** Provinces, district offices or schools, a row each: a deactivated one is greyed and marked. */
export function OrgUnitsTable<U extends { id: string; active: boolean }>({
  items,
  empty,
  name,
  columns,
  ...table
}: OrgUnitsTableProps<U>) {
  return (
    <ColumnTable
      striped
      verticalSpacing="sm"
      {...table}
      items={items}
      empty={<Text c="dimmed">{empty}</Text>}
      rowKey={(unit) => unit.id}
      rowStyle={(unit) => inactiveRow(unit.active)}
      columns={[
        {
          label: name.label,
          cell: (unit) => (
            <>
              {name.cell(unit)}
              <InactiveBadge active={unit.active} />
              {name.badges?.(unit)}
            </>
          ),
        },
        ...columns,
      ]}
    />
  );
}
