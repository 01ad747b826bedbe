/**
 * Runs the heavy report computations of this API process one at a time, in arrival order: a cold
 * dashboard, a unit's learning counts, the plan KPIs' counts. An officer's reports page asks for three
 * of them at once, and a province's each keep PostgreSQL busy for most of a second; side by side (and
 * times the API processes) they took both cores from the students' saves (bench/RESULTS.md, reports).
 * Queued, a process never holds more than one of them, and the officer waits a little longer on a cold
 * page. Only leaf computations go in: one that waited for another in the lane would wait forever.
 */
export type ReportLane = <T>(work: () => Promise<T>) => Promise<T>;

export function createReportLane(): ReportLane {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
