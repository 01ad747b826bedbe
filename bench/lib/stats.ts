/** Latency and throughput figures of one measured run (or one query class inside it). */
export interface Measure {
  count: number;
  errors: number;
  durationS: number;
  throughput: number;
  medianMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of an ascending list; 0 for an empty one. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Summarises latencies (ms) of successful requests, with the error count and the wall time. */
export function measure(latenciesMs: number[], errors: number, durationS: number): Measure {
  const sorted = Float64Array.from(latenciesMs).sort();
  const list = Array.from(sorted);
  return {
    count: list.length,
    errors,
    durationS: round(durationS),
    throughput: durationS > 0 ? round(list.length / durationS) : 0,
    medianMs: round(median(list)),
    p50Ms: round(percentile(list, 50)),
    p95Ms: round(percentile(list, 95)),
    p99Ms: round(percentile(list, 99)),
    maxMs: round(list.at(-1) ?? 0),
  };
}

/** Records latencies as they come; `done` closes the run. */
export class Recorder {
  readonly latencies: number[] = [];
  errors = 0;
  private readonly started = performance.now();

  ok(ms: number): void {
    this.latencies.push(ms);
  }

  fail(): void {
    this.errors += 1;
  }

  done(durationS = (performance.now() - this.started) / 1000): Measure {
    return measure(this.latencies, this.errors, durationS);
  }
}
