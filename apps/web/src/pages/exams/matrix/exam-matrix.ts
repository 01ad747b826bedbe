import { type CognitiveLevel, cognitiveLevels, type MatrixCell } from '@hoclieu/contracts';
import { defaultPointsHint } from '../exam-points';

/** The columns of the Công văn 7991 matrix: three objective formats, then the essay. */
export const matrixTypes = ['single_choice', 'true_false_group', 'short_answer', 'essay'] as const;
export type MatrixType = (typeof matrixTypes)[number];
export const matrixLevels = cognitiveLevels;

/** One row: a chapter or lesson of the curriculum, or the row of questions without a topic. */
export interface MatrixRow {
  topicId: string | null;
  title: string;
}

/** Ma trận đề: rows × (type × level) counts; Đúng/Sai cells count statements (4 ý = 1 câu). */
export interface ExamMatrix {
  rows: MatrixRow[];
  counts: Record<string, number>;
}

export const cellKey = (topicId: string | null, type: MatrixType, level: CognitiveLevel) =>
  `${topicId ?? 'none'}|${type}|${level}`;

/** A new matrix holds only the row "Không theo chủ đề"; topics are added as rows. */
export const emptyMatrix = (noTopicTitle: string): ExamMatrix => ({
  rows: [{ topicId: null, title: noTopicTitle }],
  counts: {},
});

export const countOf = (
  matrix: ExamMatrix,
  topicId: string | null,
  type: MatrixType,
  level: CognitiveLevel,
) => matrix.counts[cellKey(topicId, type, level)] ?? 0;

export function setCount(
  matrix: ExamMatrix,
  topicId: string | null,
  type: MatrixType,
  level: CognitiveLevel,
  count: number,
): ExamMatrix {
  const counts = { ...matrix.counts };
  const key = cellKey(topicId, type, level);
  if (count > 0) counts[key] = Math.min(100, Math.floor(count));
  else delete counts[key];
  return { ...matrix, counts };
}

/** Topic rows go above the row without a topic, in the order they were added. */
export function addRow(matrix: ExamMatrix, row: MatrixRow): ExamMatrix {
  if (matrix.rows.some((existing) => existing.topicId === row.topicId)) return matrix;
  const withTopic = matrix.rows.filter((existing) => existing.topicId !== null);
  const without = matrix.rows.filter((existing) => existing.topicId === null);
  return { ...matrix, rows: [...withTopic, row, ...without] };
}

export function removeRow(matrix: ExamMatrix, topicId: string): ExamMatrix {
  const prefix = `${topicId}|`;
  const counts = Object.fromEntries(Object.entries(matrix.counts).filter(([key]) => !key.startsWith(prefix)));
  return { rows: matrix.rows.filter((row) => row.topicId !== topicId), counts };
}

interface Filter {
  topicId?: string | null;
  type?: MatrixType;
  level?: CognitiveLevel;
}

/** The sum of the cells matching every given coordinate: a row, a column, a level, or everything. */
export function totalOf(matrix: ExamMatrix, filter: Filter = {}): number {
  let total = 0;
  for (const row of matrix.rows) {
    if (filter.topicId !== undefined && row.topicId !== filter.topicId) continue;
    for (const type of matrixTypes) {
      if (filter.type && type !== filter.type) continue;
      for (const level of matrixLevels) {
        if (filter.level && level !== filter.level) continue;
        total += countOf(matrix, row.topicId, type, level);
      }
    }
  }
  return total;
}

/** The non-empty cells as drawMatrix takes them, and each one's key (the draw answers by index). */
export function matrixCells(matrix: ExamMatrix): { cells: MatrixCell[]; keys: string[] } {
  const cells: MatrixCell[] = [];
  const keys: string[] = [];
  for (const row of matrix.rows) {
    for (const type of matrixTypes) {
      for (const level of matrixLevels) {
        const count = countOf(matrix, row.topicId, type, level);
        if (count === 0) continue;
        cells.push({ topicId: row.topicId, type, level, count });
        keys.push(cellKey(row.topicId, type, level));
      }
    }
  }
  return { cells, keys };
}

/** The points the matrix comes to under the 2025 scheme (an Đúng/Sai statement is a quarter question). */
export function estimatedPoints(matrix: ExamMatrix, subjectCode: string | null): number {
  return matrixTypes.reduce((sum, type) => {
    const perCount = (defaultPointsHint(type, subjectCode) ?? 0) / (type === 'true_false_group' ? 4 : 1);
    return sum + totalOf(matrix, { type }) * perCount;
  }, 0);
}
