/** One graded item of an attempt, as item analysis needs it. */
export interface ItemOutcome {
  score: number;
  max: number;
  /** Original option labels picked; [] or absent for a blank answer to a choice question. */
  choices?: string[];
  /** False for an answer still waiting for hand grading (an essay): left out of facility and discrimination. */
  graded?: boolean;
}

export interface AttemptOutcome {
  /** The attempt's total score: ranks attempts into upper and lower groups. */
  total: number;
  items: Record<string, ItemOutcome>;
}

export interface ItemStatistics {
  /** Mean share of the points earned (p-value), 0..1: high is easy; null while nothing is graded. */
  facility: number | null;
  /** Facility in the upper 27 % minus facility in the lower 27 %, −1..1; null below 10 attempts. */
  discrimination: number | null;
  /** Attempts measured: those whose answer is graded. */
  attempts: number;
  /** Attempts whose answer still waits for hand grading. */
  ungraded: number;
  /** Picks per original option label, and 'blank'; empty for questions without options. */
  optionCounts: Record<string, number>;
}

/** Kelley's 27 %: the share that best separates strong from weak attempts for a normal spread. */
const GROUP_SHARE = 0.27;
/** Below 10 attempts each group holds 2 or fewer: the index would be noise, so none is given. */
export const DISCRIMINATION_MIN_ATTEMPTS = 10;

const share = (outcome: ItemOutcome) => (outcome.max > 0 ? outcome.score / outcome.max : 0);
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Upper minus lower group facility, over the attempts that contain the item. */
function discrimination(ranked: { total: number; outcome: ItemOutcome }[]): number | null {
  if (ranked.length < DISCRIMINATION_MIN_ATTEMPTS) return null;
  const size = Math.round(ranked.length * GROUP_SHARE);
  // Highest totals first; ties keep the attempts' order (Array.prototype.sort is stable).
  const sorted = [...ranked].sort((a, b) => b.total - a.total);
  const upper = sorted.slice(0, size).map((r) => share(r.outcome));
  const lower = sorted.slice(-size).map((r) => share(r.outcome));
  return mean(upper) - mean(lower);
}

/**
 * A question counts picks when at least one attempt carries `choices` for it; every attempt that
 * picked nothing is then 'blank'. Questions never answered by choice (short answer, essay) get {}.
 */
function optionCounts(outcomes: ItemOutcome[]): Record<string, number> {
  if (!outcomes.some((o) => o.choices !== undefined)) return {};
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const picks = outcome.choices?.length ? [...new Set(outcome.choices)] : ['blank'];
    for (const label of picks) counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

/**
 * Classical item analysis for the teacher's results page. Each item is measured over the attempts
 * that contain it. Answers still waiting for hand grading (`graded: false`) are counted apart and
 * left out of facility and discrimination, never as 0.
 */
export function itemStatistics(attempts: AttemptOutcome[]): Record<string, ItemStatistics> {
  const byItem = new Map<string, { total: number; outcome: ItemOutcome }[]>();
  for (const attempt of attempts) {
    for (const [key, outcome] of Object.entries(attempt.items)) {
      byItem.set(key, [...(byItem.get(key) ?? []), { total: attempt.total, outcome }]);
    }
  }
  const result: Record<string, ItemStatistics> = {};
  for (const [key, ranked] of byItem) {
    const measured = ranked.filter((r) => r.outcome.graded !== false);
    const outcomes = measured.map((r) => r.outcome);
    result[key] = {
      facility: outcomes.length > 0 ? mean(outcomes.map(share)) : null,
      discrimination: discrimination(measured),
      attempts: outcomes.length,
      ungraded: ranked.length - measured.length,
      optionCounts: optionCounts(outcomes),
    };
  }
  return result;
}

export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

/**
 * Scores in `bins` equal ranges from 0 to `maxScore`: [from, to), the last one closed so a full
 * score is counted. Scores outside 0..maxScore go to the nearest end bin.
 */
export function scoreDistribution(scores: number[], maxScore: number, bins = 10): ScoreBin[] {
  if (!(maxScore > 0) || !Number.isInteger(bins) || bins < 1)
    throw new RangeError(`scoreDistribution: maxScore must be > 0 and bins a positive integer`);
  const counts = new Array<number>(bins).fill(0);
  for (const score of scores) {
    // The slack keeps a score exactly on an edge (6 of 10) out of the bin below despite binary error.
    const bin = Math.floor((score * bins) / maxScore + 1e-9);
    const index = Math.min(Math.max(bin, 0), bins - 1);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: (i * maxScore) / bins, to: ((i + 1) * maxScore) / bins, count }));
}
