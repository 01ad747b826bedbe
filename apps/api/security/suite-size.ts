/**
 * How much of the suite to run: `full` (the default, what `pnpm test:<suite>` runs locally) or `fast`
 * (`SUITE_SIZE=fast`, the subset CI runs on every change). Read once here.
 */
export const SUITE_SIZE: 'fast' | 'full' = process.env.SUITE_SIZE === 'fast' ? 'fast' : 'full';

/** Picks the fast or full figure for a count (inputs, students, kills…). */
export function bySize<T>(fast: T, full: T): T {
  return SUITE_SIZE === 'fast' ? fast : full;
}
