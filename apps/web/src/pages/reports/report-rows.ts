import type { OnlineShareReport, ReportLevel, ShareFigure, ShareStatus } from '@hoclieu/contracts';

type ReportRowData = OnlineShareReport['rows'][number];

/** A row of the table as shown: the figure of the chosen level (the main one when none is chosen). */
export interface ReportRow {
  kind: ReportRowData['kind'];
  id: string;
  name: string;
  levels: string[];
  figure: ShareFigure;
  trend: number[];
  /** Share − target in percentage points; null without a share or a target. */
  gap: number | null;
}

export type SortColumn =
  | 'name'
  | 'levels'
  | 'online'
  | 'programme'
  | 'share'
  | 'target'
  | 'gap'
  | 'trend'
  | 'status';

export interface SortState {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export function gapPoints(figure: ShareFigure): number | null {
  if (figure.share === null || figure.target === null) return null;
  return (figure.share - figure.target) * 100;
}

/** Rows for one level: a school without that level drops out; no level keeps every row's main figure. */
export function rowsForLevel(rows: ReportRowData[], level: ReportLevel | undefined): ReportRow[] {
  return rows.flatMap((row) => {
    const figure = level ? row.byLevel.find((entry) => entry.level === level)?.figure : row.figure;
    if (!figure) return [];
    const { kind, id, name, levels, trend } = row;
    return [{ kind, id, name, levels, trend, figure, gap: gapPoints(figure) }];
  });
}

export function filterByStatus(rows: ReportRow[], status: ShareStatus | undefined): ReportRow[] {
  return status ? rows.filter((row) => row.figure.status === status) : rows;
}

/** Worst first when ascending: below, on track, reached, then rows without a target. */
const statusOrder: Record<ShareStatus, number> = { below: 0, on_track: 1, reached: 2, no_target: 3 };

/** A missing number sorts below every real one. */
const orNone = (value: number | null | undefined) => value ?? Number.NEGATIVE_INFINITY;

const byName = (a: ReportRow, b: ReportRow) => a.name.localeCompare(b.name, 'vi', { numeric: true });

function compare(a: ReportRow, b: ReportRow, column: SortColumn): number {
  switch (column) {
    case 'name':
      return byName(a, b);
    case 'levels':
      return a.levels.join(',').localeCompare(b.levels.join(','));
    case 'online':
      return a.figure.online - b.figure.online;
    case 'programme':
      return a.figure.programme - b.figure.programme;
    case 'share':
      return orNone(a.figure.share) - orNone(b.figure.share);
    case 'target':
      return orNone(a.figure.target) - orNone(b.figure.target);
    case 'gap':
      return orNone(a.gap) - orNone(b.gap);
    case 'trend':
      return orNone(a.trend.at(-1)) - orNone(b.trend.at(-1));
    case 'status':
      return statusOrder[a.figure.status] - statusOrder[b.figure.status];
  }
}

/** The rows in the chosen order; ties fall back to the name. */
export function sortRows(rows: ReportRow[], { column, direction }: SortState): ReportRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, column) || byName(a, b));
}

/** Clicking the sorted column flips it; another column starts ascending (lowest share, worst status first). */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}
