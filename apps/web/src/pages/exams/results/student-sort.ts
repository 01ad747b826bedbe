import type { AssignmentResults } from '@hoclieu/contracts';

export type StudentRow = AssignmentResults['students'][number];
export type SortColumn = 'fullName' | 'className' | 'versionCode' | 'status' | 'score' | 'needsGrading';
export interface SortState {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

const statusOrder = { not_started: 0, open: 1, submitted: 2 } as const;

/** Vietnamese names sort by given name (the last word), then the whole name, as class lists do. */
function byName(a: StudentRow, b: StudentRow): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;
  return (
    given(a.fullName).localeCompare(given(b.fullName), 'vi') || a.fullName.localeCompare(b.fullName, 'vi')
  );
}

function compare(a: StudentRow, b: StudentRow, column: SortColumn): number {
  switch (column) {
    case 'fullName':
      return byName(a, b);
    case 'className':
      return a.className.localeCompare(b.className, 'vi', { numeric: true });
    case 'versionCode':
      return (a.versionCode ?? '').localeCompare(b.versionCode ?? '');
    case 'status':
      return statusOrder[a.status] - statusOrder[b.status];
    case 'score':
      return (a.score ?? -1) - (b.score ?? -1);
    case 'needsGrading':
      return Number(a.needsGrading) - Number(b.needsGrading);
  }
}

/** The rows in the chosen order; ties fall back to class, then name. */
export function sortStudents(rows: StudentRow[], { column, direction }: SortState): StudentRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, column) || compare(a, b, 'className') || byName(a, b));
}

/** Clicking the sorted column flips it; another column starts ascending (scores: best first). */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'score' || column === 'needsGrading' ? 'desc' : 'asc' };
}
