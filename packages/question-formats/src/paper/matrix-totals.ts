import { MATRIX_LEVELS, type MatrixDoc, type MatrixKey, type MatrixLevel } from './paper-types.js';

type LevelCounts = Record<MatrixLevel, number>;

/** The arithmetic of an exam matrix, shared by its table and by anyone checking it. */
export interface MatrixTotals {
  /** The matrix's columns in print order: each type, then each level. */
  keys: MatrixKey[];
  rows: {
    /** Questions of the row at each level, over all types. */
    levels: LevelCounts;
    count: number;
    /** The row's share of each column's points, summed. */
    points: number;
    percent: number;
  }[];
  /** Questions per column. */
  columns: Record<MatrixKey, number>;
  levels: LevelCounts;
  count: number;
  points: { columns: Record<MatrixKey, number>; levels: LevelCounts; total: number };
  percent: { columns: Record<MatrixKey, number>; levels: LevelCounts };
}

const zeroLevels = (): LevelCounts => ({ biet: 0, hieu: 0, van_dung: 0 });
const levelOf = (key: MatrixKey): MatrixLevel => key.split(':')[1] as MatrixLevel;
const share = (part: number, whole: number): number => (whole > 0 ? (part / whole) * 100 : 0);

function matrixKeys(doc: Pick<MatrixDoc, 'types'>): MatrixKey[] {
  return doc.types.flatMap((type) => MATRIX_LEVELS.map((level): MatrixKey => `${type}:${level}`));
}

/**
 * Counts, points and percentages: row and column totals, the points row (as given per column)
 * and the percentage row. A row's points are its proportional share of each column's points,
 * since a column's questions are worth the same (Đúng/Sai statements on average).
 */
export function matrixTotals(doc: MatrixDoc): MatrixTotals {
  const keys = matrixKeys(doc);
  const count = (cells: Record<string, number>, key: MatrixKey): number => Math.max(0, cells[key] ?? 0);
  const columns = Object.fromEntries(
    keys.map((key) => [key, doc.rows.reduce((sum, row) => sum + count(row.cells, key), 0)]),
  ) as Record<MatrixKey, number>;
  const pointColumns = Object.fromEntries(keys.map((key) => [key, doc.points[key] ?? 0])) as Record<
    MatrixKey,
    number
  >;
  const total = keys.reduce((sum, key) => sum + pointColumns[key], 0);
  const byLevel = (values: (key: MatrixKey) => number): LevelCounts => {
    const sums = zeroLevels();
    for (const key of keys) sums[levelOf(key)] += values(key);
    return sums;
  };
  const rows = doc.rows.map((row) => {
    const levels = byLevel((key) => count(row.cells, key));
    const points = keys.reduce(
      (sum, key) => sum + (columns[key] > 0 ? (pointColumns[key] * count(row.cells, key)) / columns[key] : 0),
      0,
    );
    return {
      levels,
      count: levels.biet + levels.hieu + levels.van_dung,
      points,
      percent: share(points, total),
    };
  });
  const levels = byLevel((key) => columns[key]);
  const pointLevels = byLevel((key) => pointColumns[key]);
  return {
    keys,
    rows,
    columns,
    levels,
    count: levels.biet + levels.hieu + levels.van_dung,
    points: { columns: pointColumns, levels: pointLevels, total },
    percent: {
      columns: Object.fromEntries(keys.map((key) => [key, share(pointColumns[key], total)])) as Record<
        MatrixKey,
        number
      >,
      levels: {
        biet: share(pointLevels.biet, total),
        hieu: share(pointLevels.hieu, total),
        van_dung: share(pointLevels.van_dung, total),
      },
    },
  };
}
