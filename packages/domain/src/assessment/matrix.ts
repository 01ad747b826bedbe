import type { CognitiveLevel, MatrixCell, QuestionType } from '@hoclieu/contracts';
import { preferFittingEstimate } from '../practice/estimated-difficulty.js';
import { type CellSupply, STATEMENTS_PER_QUESTION, shortfallReason } from './matrix-shortfall.js';
import { seededRandom, shuffleWith } from './random.js';

/** One cell of the exam matrix (ma trận đề); for Đúng/Sai `count` is in statements (Công văn 7991). */
export type { MatrixCell } from '@hoclieu/contracts';

/** A bank question the draw may use (the caller passes approved questions only). */
export interface DrawCandidate {
  id: string;
  topicId: string | null;
  type: QuestionType;
  level: CognitiveLevel | null;
  /** Statements of a Đúng/Sai question (normally 4); ignored for other types. */
  statementCount: number;
  /** Difficulty estimated from students' answers (Elo logit), null before any: `preferEstimate` reads it. */
  estimatedDifficulty?: number | null;
}

export interface MatrixDrawOptions {
  /** In each cell, questions whose estimated difficulty fits the level come first (practice/estimated-difficulty.ts). */
  preferEstimate?: boolean;
}

export interface MatrixPick {
  cellIndex: number;
  questionId: string;
}

export interface MatrixShortfall {
  cellIndex: number;
  /** In the cell's unit: questions, or statements for Đúng/Sai. */
  wanted: number;
  found: number;
  reason: string;
}

export interface MatrixDraw {
  picks: MatrixPick[];
  shortfalls: MatrixShortfall[];
}

/** A question without a level never fits a cell: the matrix is about levels. Groups never fit either. */
const fits = (candidate: DrawCandidate, cell: MatrixCell) =>
  candidate.type === cell.type &&
  candidate.level === cell.level &&
  (cell.topicId === null || candidate.topicId === cell.topicId);

/**
 * Đúng/Sai questions whose statements add up to `wanted`, or, when no set adds up exactly, to as
 * many as possible below it. Subset sum over the shuffled questions, so earlier ones are preferred
 * and the choice stays random.
 */
function chooseStatements(shuffled: DrawCandidate[], wanted: number): DrawCandidate[] {
  const reach: (DrawCandidate[] | undefined)[] = [[]];
  for (const candidate of shuffled) {
    const size = candidate.statementCount;
    if (size <= 0 || size > wanted) continue;
    for (let sum = wanted - size; sum >= 0; sum--) {
      const base = reach[sum];
      if (base && !reach[sum + size]) reach[sum + size] = [...base, candidate];
    }
    if (reach[wanted]) break;
  }
  for (let sum = wanted; sum > 0; sum--) {
    const found = reach[sum];
    if (found) return found;
  }
  return [];
}

const byId = (a: DrawCandidate, b: DrawCandidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Draws questions for an exam matrix. Deterministic for a seed and a set of candidates (their
 * order does not matter); a question is used at most once across cells. Cells with the fewest
 * matching questions are filled first, so a broad cell (any topic) does not take the only
 * questions a narrow one could use. A short cell keeps what it found and is reported with the
 * reason. Picks are listed by cell, in draw order within a cell.
 */
export function drawFromMatrix(
  cells: MatrixCell[],
  candidates: DrawCandidate[],
  seed: string,
  options: MatrixDrawOptions = {},
): MatrixDraw {
  const pool = [...new Map(candidates.map((c) => [c.id, c])).values()].sort(byId);
  const matching = cells.map((cell) => pool.filter((candidate) => fits(candidate, cell)));
  const fillOrder = cells
    .map((_, index) => index)
    .filter((index) => (cells[index]?.count ?? 0) > 0)
    .sort((a, b) => (matching[a]?.length ?? 0) - (matching[b]?.length ?? 0) || a - b);

  const used = new Set<string>();
  const chosenByCell = new Map<number, DrawCandidate[]>();
  const shortfalls: MatrixShortfall[] = [];
  for (const cellIndex of fillOrder) {
    const cell = cells[cellIndex] as MatrixCell;
    const cellMatching = matching[cellIndex] ?? [];
    // One generator per cell: a cell's draw does not depend on how many numbers other cells used.
    const shuffled = shuffleWith(
      cellMatching.filter((c) => !used.has(c.id)),
      seededRandom(`${seed}:cell:${cellIndex}`),
    );
    const free = options.preferEstimate ? preferFittingEstimate(shuffled, cell.level) : shuffled;
    const perStatement = cell.type === 'true_false_group';
    const chosen = perStatement ? chooseStatements(free, cell.count) : free.slice(0, cell.count);
    for (const candidate of chosen) used.add(candidate.id);
    chosenByCell.set(cellIndex, chosen);

    const found = perStatement ? chosen.reduce((sum, c) => sum + c.statementCount, 0) : chosen.length;
    if (found < cell.count) {
      const supply: CellSupply = {
        matching: cellMatching.length,
        free: free.length,
        freeStatements: free.reduce((sum, c) => sum + Math.max(c.statementCount, 0), 0),
        allStandard: free.every((c) => c.statementCount === STATEMENTS_PER_QUESTION),
      };
      shortfalls.push({ cellIndex, wanted: cell.count, found, reason: shortfallReason(cell, supply) });
    }
  }

  const picks = [...chosenByCell.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([cellIndex, chosen]) => chosen.map((c) => ({ cellIndex, questionId: c.id })));
  shortfalls.sort((a, b) => a.cellIndex - b.cellIndex);
  return { picks, shortfalls };
}
