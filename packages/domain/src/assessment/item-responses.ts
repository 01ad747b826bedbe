import type { ShortAnswer } from '@hoclieu/contracts';
import { numericAnswer } from '../questions/numeric-answer.js';
import { shortAnswerCredit } from './short-answer.js';

/** One distinct typed answer: how it reads, how many typed it, the share of the points it earns. */
export interface TypedResponse {
  text: string;
  count: number;
  /** 1 for an accepted answer, between 0 and 1 for a partially credited one, 0 otherwise. */
  credit: number;
}

export interface ShortAnswerDistribution {
  top: TypedResponse[];
  /** Typed answers beyond the top ones ("khác"). */
  other: number;
  /** Attempts that typed nothing ("(bỏ trống)"). */
  blank: number;
}

/** How many distinct answers a card lists before the rest are grouped as "khác". */
export const TOP_RESPONSES = 8;

/**
 * The grader's reading of a typed answer: a number is its value ("0,5", "0.5" and " 0,50 " are one
 * answer, shown "0,5"), any other text is trimmed, spaces collapsed, case and composition folded.
 */
function responseKey(typed: string): { key: string; text: string } {
  const number = numericAnswer(typed);
  if (number !== null) return { key: `#${number}`, text: String(number).replace('.', ',') };
  const text = typed.normalize('NFC').trim().replace(/\s+/g, ' ');
  return { key: `"${text.toLowerCase()}`, text };
}

/**
 * The distribution of typed short answers over the attempts: the `limit` most frequent answers (ties
 * in the order first typed), each with its credit against the key, the rest counted as other, blanks
 * apart. Without a key every credit is 0.
 */
export function shortAnswerDistribution(
  typed: (string | null | undefined)[],
  answer: ShortAnswer | null,
  limit = TOP_RESPONSES,
): ShortAnswerDistribution {
  const groups = new Map<string, TypedResponse>();
  let blank = 0;
  for (const raw of typed) {
    if (!raw?.trim()) {
      blank += 1;
      continue;
    }
    const { key, text } = responseKey(raw);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { text, count: 1, credit: answer ? shortAnswerCredit(answer, raw) : 0 });
  }
  const ranked = [...groups.values()].sort((a, b) => b.count - a.count);
  const top = ranked.slice(0, limit);
  const other = ranked.slice(limit).reduce((sum, r) => sum + r.count, 0);
  return { top, other, blank };
}

/** A band of essay scores as shares of the points: `from` exclusive (except the 0 band), `to` inclusive. */
export interface ScoreBand {
  from: number;
  to: number;
  count: number;
}

export interface EssayBands {
  /** 0, (0–25 %], (25–50 %], (50–75 %], (75–100 %] of the points. */
  bands: ScoreBand[];
  /** Answers the teacher has not graded yet ("chưa chấm"). */
  ungraded: number;
}

const BAND_EDGES = [0, 0.25, 0.5, 0.75, 1];
/** Keeps a score exactly on an edge (2,5 of 10) in the lower band despite binary error. */
const EDGE_SLACK = 1e-9;

/** Graded essay scores in bands of the points; ungraded answers are counted apart, never as 0. */
export function essayBands(outcomes: { score: number; max: number; graded: boolean }[]): EssayBands {
  const bands: ScoreBand[] = BAND_EDGES.map((to, i) => ({
    from: i === 0 ? 0 : (BAND_EDGES[i - 1] ?? 0),
    to,
    count: 0,
  }));
  let ungraded = 0;
  for (const outcome of outcomes) {
    if (!outcome.graded) {
      ungraded += 1;
      continue;
    }
    const share = outcome.max > 0 ? outcome.score / outcome.max : 0;
    const index = share <= EDGE_SLACK ? 0 : BAND_EDGES.findIndex((edge) => share <= edge + EDGE_SLACK);
    const band = bands[index === -1 ? bands.length - 1 : index];
    if (band) band.count += 1;
  }
  return { bands, ungraded };
}
