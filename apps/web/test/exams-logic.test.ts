import { describe, expect, it } from 'vitest';
import {
  addItems,
  currentSchoolYear,
  type DraftItem,
  draftFromExam,
  moveItem,
  replaceDrawnItems,
} from '../src/pages/exams/builder/exam-draft';
import {
  addRow,
  emptyMatrix,
  estimatedPoints,
  matrixCells,
  removeRow,
  setCount,
  totalOf,
} from '../src/pages/exams/matrix/exam-matrix';
import { nextSort, sortStudents } from '../src/pages/exams/results/student-sort';
import { examDetailOf, resultsOf } from './assessment-fixtures';
import { TOPIC_ID } from './question-fixtures';

const item = (questionId: string, source: DraftItem['source'] = 'bank'): DraftItem => ({
  questionId,
  points: null,
  source,
  type: 'single_choice',
  level: 'biet',
  topicTitle: null,
  stem: null,
});

describe('exam matrix model', () => {
  it('keeps topic rows above "Không theo chủ đề" and sums rows, columns and levels', () => {
    let matrix = addRow(emptyMatrix('Không theo chủ đề'), { topicId: TOPIC_ID, title: 'Phân số' });
    expect(matrix.rows.map((row) => row.topicId)).toEqual([TOPIC_ID, null]);
    matrix = setCount(matrix, TOPIC_ID, 'single_choice', 'biet', 6);
    matrix = setCount(matrix, null, 'short_answer', 'van_dung', 2);
    matrix = setCount(matrix, TOPIC_ID, 'true_false_group', 'hieu', 4);
    expect(totalOf(matrix, { topicId: TOPIC_ID })).toBe(10);
    expect(totalOf(matrix, { level: 'van_dung' })).toBe(2);
    expect(totalOf(matrix, { type: 'true_false_group', level: 'hieu' })).toBe(4);
    expect(totalOf(matrix)).toBe(12);
    // Toán: short answers are worth 0,5; four Đúng/Sai statements make one question of 1 point.
    expect(estimatedPoints(matrix, 'toan')).toBe(6 * 0.25 + 1 + 2 * 0.5);
    expect(matrixCells(matrix).cells.map((cell) => [cell.type, cell.count])).toEqual([
      ['single_choice', 6],
      ['true_false_group', 4],
      ['short_answer', 2],
    ]);
    const without = removeRow(matrix, TOPIC_ID);
    expect(totalOf(without)).toBe(2);
    expect(setCount(matrix, TOPIC_ID, 'single_choice', 'biet', 0).counts).not.toHaveProperty(
      `${TOPIC_ID}|single_choice|biet`,
    );
  });
});

describe('exam draft', () => {
  it('adds each question once, moves items and replaces the previous draw only', () => {
    const items = addItems([item('a')], [item('a'), item('b', 'matrix'), item('c', 'matrix')]);
    expect(items.map((i) => i.questionId)).toEqual(['a', 'b', 'c']);
    expect(moveItem(items, 2, -1).map((i) => i.questionId)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 0, -1)).toBe(items);
    expect(
      replaceDrawnItems(items, [item('d', 'matrix'), item('a', 'matrix')]).map((i) => i.questionId),
    ).toEqual(['a', 'd']);
  });

  it('reads points equal to the 2025 default back as "default"', () => {
    const base = examDetailOf();
    const detail = { ...base, items: base.items.map((i) => (i.key === '2' ? { ...i, points: 2 } : i)) };
    expect(draftFromExam(detail).items.map((i) => i.points)).toEqual([null, 2]);
  });

  it('knows the school year from the date', () => {
    expect(currentSchoolYear(new Date(2026, 8, 5))).toBe('2026-2027');
    expect(currentSchoolYear(new Date(2027, 2, 1))).toBe('2026-2027');
  });
});

describe('student sorting', () => {
  it('sorts by score best first, blanks last, and by given name on ties', () => {
    const { students } = resultsOf();
    const byScore = sortStudents(students, nextSort({ column: 'className', direction: 'asc' }, 'score'));
    expect(byScore.map((s) => s.score)).toEqual([8.5, 6, null]);
    const byName = sortStudents(students, { column: 'fullName', direction: 'asc' });
    expect(byName.map((s) => s.fullName)).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Quốc Cường']);
  });
});
