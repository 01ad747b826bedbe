import { Table, type TableThProps, UnstyledButton } from '@mantine/core';

interface SortableHeadingProps extends Omit<TableThProps, 'children'> {
  label: string;
  /** How the table is sorted by this column, or null when by another. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
  /** Buttons are not printed; a printed table still needs its headings. */
  printable?: boolean;
}

/** A column heading that sorts the table by its column, with the direction shown and announced. */
function SortableHeading({ label, direction, onSort, printable = false, ...props }: SortableHeadingProps) {
  const sorted = { asc: 'ascending', desc: 'descending' } as const;
  return (
    <Table.Th aria-sort={direction ? sorted[direction] : 'none'} {...props}>
      <UnstyledButton fw={700} fz="sm" onClick={onSort}>
        {label}
        {direction && <span aria-hidden> {direction === 'asc' ? '▲' : '▼'}</span>}
      </UnstyledButton>
      {printable && (
        <span className="print-only" aria-hidden>
          {label}
        </span>
      )}
    </Table.Th>
  );
}

/**
 * Headings for a table sorted by one column at a time: `head(column, align)` is the heading that
 * sorts by `column` (and, once sorted by it, the other way).
 */
export function sortableHeadings<C extends string>({
  sort,
  onSort,
  label,
  printable = false,
}: {
  sort: { column: C; direction: 'asc' | 'desc' };
  onSort: (column: C) => void;
  label: (column: C) => string;
  printable?: boolean;
}) {
  return (column: C, align: 'left' | 'right' = 'left') => (
    <SortableHeading
      ta={align}
      label={label(column)}
      direction={sort.column === column ? sort.direction : null}
      onSort={() => onSort(column)}
      printable={printable}
    />
  );
}
