/**
 * How much of a long suite (security fuzzing, chaos) to run: `full` (the default, what
 * `pnpm test:<suite>` runs locally) or `fast` (`SUITE_SIZE=fast`, the subset CI runs on every change).
 * Read once here, for every package's suites.
 */
export const SUITE_SIZE: 'fast' | 'full' = process.env.SUITE_SIZE === 'fast' ? 'fast' : 'full';

/** Picks the fast or full figure for a count (inputs, students, kills…). */
export function bySize<T>(fast: T, full: T): T {
  return SUITE_SIZE === 'fast' ? fast : full;
}

/**
 * The hostile-input suites' budget per input is 2 s, asserted by the full run. The fast subset runs in
 * CI beside other suites on a shared 2-core machine, where scheduling alone can cost a second; there a
 * 10 s ceiling still catches what the budget is for (a hang, or the quadratic reader that took minutes).
 */
export const MAX_MS = bySize(10_000, 2_000);
