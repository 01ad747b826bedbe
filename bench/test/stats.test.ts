import { describe, expect, it } from 'vitest';
import { parseArgs } from '../lib/args.js';
import { summarise } from '../lib/report.js';
import type { Scenario } from '../lib/scenario.js';
import { measure, percentile } from '../lib/stats.js';

describe('percentiles', () => {
  it('takes the nearest rank, as load tools report them', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it('summarises a run: throughput from the count of successes over the wall time', () => {
    const m = measure([30, 10, 20, 40], 1, 2);
    expect(m).toMatchObject({ count: 4, errors: 1, throughput: 2, medianMs: 25, p50Ms: 20, maxMs: 40 });
  });
});

describe('results', () => {
  const scenario: Scenario = {
    name: 'demo',
    description: '',
    goals: [
      { metric: 'save.p99Ms', op: '<=', value: 100 },
      { metric: 'ratio', op: '>=', value: 0.5 },
    ],
    run: async () => ({ groups: {} }),
  };
  const machine = { cpus: 2, memoryGiB: 24, node: 'v20', postgres: '18', note: '' };

  it('judges goals on the median run and adds errors up over runs', () => {
    const runs = [120, 80, 90].map((p99, i) => ({
      groups: { save: { ...measure([1], 0, 1), p99Ms: p99, errors: i } },
      figures: { ratio: 0.4 + i * 0.1 },
    }));
    const result = summarise({
      scenario,
      scale: 'full',
      commit: 'abc',
      machine,
      runs,
      verified: {},
      loadGenerator: '',
    });
    expect(result.metrics['save.p99Ms']).toBe(90);
    expect(result.metrics['save.errors']).toBe(3);
    expect(result.goals).toEqual({ 'save.p99Ms': '<= 100', ratio: '>= 0.5' });
    expect(result.checks.map((c) => c.pass)).toEqual([true, true]);
    expect(result.pass).toBe(true);
  });

  it('fails a goal whose metric was never measured', () => {
    const result = summarise({
      scenario,
      scale: 'full',
      commit: 'abc',
      machine,
      runs: [{ groups: {} }],
      verified: {},
      loadGenerator: '',
    });
    expect(result.pass).toBe(false);
  });
});

describe('command line', () => {
  it('reads scenarios, scale and runs, and refuses what it does not know', () => {
    expect(parseArgs(['exam-start', '--scale', 'full', '--runs', '5'], ['exam-start', 'search'])).toEqual({
      scenarios: ['exam-start'],
      scale: 'full',
      runs: 5,
      noBuild: false,
      processes: 1,
    });
    expect(parseArgs(['a', '--processes', '2'], ['a']).processes).toBe(2);
    expect(() => parseArgs(['a', '--processes', '0'], ['a'])).toThrow(/--processes/);
    expect(parseArgs(['all'], ['a', 'b']).scenarios).toEqual(['a', 'b']);
    expect(() => parseArgs(['nope'], ['a'])).toThrow(/unknown scenario/);
    expect(() => parseArgs(['a', '--scale', 'huge'], ['a'])).toThrow(/small\|full/);
  });
});
