import type { Machine } from './machine.js';
import type { Goal, RunResult, Scenario } from './scenario.js';
import { median } from './stats.js';

interface GoalResult extends Goal {
  actual: number | null;
  pass: boolean;
}

export interface BenchResult {
  scenario: string;
  scale: string;
  commit: string;
  date: string;
  machine: Machine;
  loadGenerator: string;
  runs: number;
  /** Medians over the runs: `<group>.<figure>` for latency groups, plain names for single figures. */
  metrics: Record<string, number>;
  goals: Record<string, string>;
  checks: GoalResult[];
  /** Every goal met. Judged at full scale; small runs only keep the harness working. */
  pass: boolean;
}

function flatten(run: RunResult): Record<string, number> {
  const flat: Record<string, number> = { ...(run.figures ?? {}) };
  for (const [group, measure] of Object.entries(run.groups)) {
    for (const [key, value] of Object.entries(measure)) flat[`${group}.${key}`] = value;
  }
  return flat;
}

export function summarise(input: {
  scenario: Scenario;
  scale: string;
  commit: string;
  machine: Machine;
  runs: RunResult[];
  verified: Record<string, number>;
  loadGenerator: string;
}): BenchResult {
  const flats = input.runs.map(flatten);
  const metrics: Record<string, number> = {};
  for (const key of new Set(flats.flatMap((f) => Object.keys(f)))) {
    const values = flats.map((f) => f[key]).filter((v): v is number => typeof v === 'number');
    // Errors add up over runs; everything else is the median run's figure.
    metrics[key] = key.endsWith('errors') ? values.reduce((a, b) => a + b, 0) : median(values);
  }
  Object.assign(metrics, input.verified);
  const checks = input.scenario.goals.map((goal) => {
    const actual = metrics[goal.metric] ?? null;
    const pass = actual !== null && (goal.op === '<=' ? actual <= goal.value : actual >= goal.value);
    return { ...goal, actual, pass };
  });
  return {
    scenario: input.scenario.name,
    scale: input.scale,
    commit: input.commit,
    date: new Date().toISOString(),
    machine: input.machine,
    loadGenerator: input.loadGenerator,
    runs: input.runs.length,
    metrics,
    goals: Object.fromEntries(input.scenario.goals.map((g) => [g.metric, `${g.op} ${g.value}`])),
    checks,
    pass: checks.every((c) => c.pass),
  };
}

const pad = (text: string, width: number) => text.padStart(width);

/** The table on stdout: each run's latency groups, then the goals with what was measured. */
export function printTable(result: BenchResult, runs: RunResult[]): void {
  const m = result.machine;
  console.log(
    `\n${result.scenario} @ ${result.scale} | commit ${result.commit} | ${m.cpus} cores, ${m.memoryGiB} GiB, ` +
      `Node ${m.node}, PostgreSQL ${m.postgres} | ${m.note}`,
  );
  const header = ['run', 'group', 'count', 'errors', 'req/s', 'median', 'p50', 'p95', 'p99', 'max'];
  const widths = [4, 22, 8, 7, 9, 8, 8, 8, 8, 8];
  console.log(header.map((h, i) => pad(h, widths[i] ?? 8)).join(' '));
  runs.forEach((run, index) => {
    for (const [group, s] of Object.entries(run.groups)) {
      const cells = [
        String(index + 1),
        group,
        s.count,
        s.errors,
        s.throughput,
        s.medianMs,
        s.p50Ms,
        s.p95Ms,
        s.p99Ms,
        s.maxMs,
      ];
      console.log(cells.map((c, i) => pad(String(c), widths[i] ?? 8)).join(' '));
    }
    for (const [name, value] of Object.entries(run.figures ?? {})) {
      console.log(`${pad(String(index + 1), 4)} ${name} = ${value}`);
    }
  });
  console.log('latencies in ms; the goals below are judged on the median over runs');
  for (const check of result.checks) {
    console.log(
      `  ${check.pass ? 'met ' : 'MISS'}  ${check.metric} ${check.op} ${check.value}  (measured ${check.actual})`,
    );
  }
}
