import { Table, type TableThProps } from '@mantine/core';

/**
 * A column heading: its label, or the label with the heading cell's props (`visibleFrom`, `ta`, `w` …).
 * `hidden` keeps the label for screen readers only (an actions column).
 */
export type Column = string | ({ label: string; hidden?: boolean } & Omit<TableThProps, 'children'>);

/** The head row of a table; a column given as `false` is left out (`manage && { … }`). */
export function TableHeader({ columns }: { columns: (Column | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          if (column === false) return null;
          if (typeof column === 'string') return <Table.Th key={column}>{column}</Table.Th>;
          const { label, hidden, ...props } = column;
          return (
            <Table.Th key={label} {...props}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
