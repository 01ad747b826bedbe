import type { MatrixCell } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { type DrawCandidate, drawFromMatrix, type MatrixDraw } from '../src/assessment/index.js';

const cell = (overrides: Partial<MatrixCell>): MatrixCell => ({
  topicId: 't1',
  type: 'single_choice',
  level: 'biet',
  count: 1,
  ...overrides,
});

let nextId = 0;
/** `n` candidates alike; ids sort in creation order ("q001", "q002"...). */
const bank = (n: number, overrides: Partial<DrawCandidate> = {}): DrawCandidate[] =>
  Array.from({ length: n }, () => ({
    id: `q${String(++nextId).padStart(3, '0')}`,
    topicId: 't1',
    type: 'single_choice',
    level: 'biet',
    statementCount: 0,
    ...overrides,
  }));
const trueFalse = (n: number, overrides: Partial<DrawCandidate> = {}) =>
  bank(n, { type: 'true_false_group', statementCount: 4, ...overrides });

/** The shortfall of the first (only) cell of a draw. */
const shortfall = (wanted: number, found: number, reason: string) => ({
  cellIndex: 0,
  wanted,
  found,
  reason,
});
const picksOf = (draw: MatrixDraw, cellIndex: number) =>
  draw.picks.filter((p) => p.cellIndex === cellIndex).map((p) => p.questionId);

describe('drawFromMatrix', () => {
  const cells: MatrixCell[] = [
    cell({ count: 3 }),
    cell({ level: 'hieu', count: 2 }),
    cell({ topicId: 't2', type: 'true_false_group', count: 8 }),
    cell({ topicId: null, type: 'short_answer', level: 'van_dung', count: 2 }),
    cell({ topicId: 't2', type: 'essay', level: 'van_dung', count: 1 }),
  ];
  const candidates = [
    ...bank(6),
    ...bank(4, { level: 'hieu' }),
    ...trueFalse(5, { topicId: 't2' }),
    ...bank(2, { topicId: 't1', type: 'short_answer', level: 'van_dung' }),
    ...bank(3, { topicId: 't3', type: 'short_answer', level: 'van_dung' }),
    ...bank(2, { topicId: 't2', type: 'essay', level: 'van_dung' }),
  ];
  const byId = new Map(candidates.map((c) => [c.id, c]));

  it('fills every cell with fitting questions, none twice', () => {
    const draw = drawFromMatrix(cells, candidates, 'seed-1');
    expect(draw.shortfalls).toEqual([]);
    // 3 + 2 + 8 statements / 4 + 2 + 1 questions.
    expect(cells.map((_, i) => picksOf(draw, i).length)).toEqual([3, 2, 2, 2, 1]);
    const ids = draw.picks.map((p) => p.questionId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pick of draw.picks) {
      const wanted = cells[pick.cellIndex]!;
      const question = byId.get(pick.questionId)!;
      expect(question.type).toBe(wanted.type);
      expect(question.level).toBe(wanted.level);
      if (wanted.topicId) expect(question.topicId).toBe(wanted.topicId);
    }
  });

  it('lists picks by cell', () => {
    const indexes = drawFromMatrix(cells, candidates, 'seed-1').picks.map((p) => p.cellIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('draws the same for the same seed, whatever the order of the candidates', () => {
    const draw = drawFromMatrix(cells, candidates, 'seed-1');
    expect(drawFromMatrix(cells, candidates, 'seed-1')).toEqual(draw);
    expect(drawFromMatrix(cells, [...candidates].reverse(), 'seed-1')).toEqual(draw);
  });

  it('usually draws differently for another seed', () => {
    const draws = new Set(
      Array.from({ length: 10 }, (_, i) => JSON.stringify(drawFromMatrix(cells, candidates, `seed-${i}`))),
    );
    expect(draws.size).toBeGreaterThan(5);
  });

  it('never uses a question twice, even when cells overlap or the bank lists it twice', () => {
    const shared = bank(4);
    const draw = drawFromMatrix(
      [cell({ count: 2 }), cell({ topicId: null, count: 2 }), cell({ count: 2 })],
      [...shared, ...shared],
      'overlap',
    );
    const ids = draw.picks.map((p) => p.questionId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(draw.shortfalls).toHaveLength(1);
    expect(draw.shortfalls[0]).toMatchObject({ wanted: 2, found: 0 });
  });
});

describe('drawFromMatrix: scarce cells first', () => {
  it('lets a narrow cell keep the only questions it can use', () => {
    // Cell 0 takes any topic (4 candidates), cell 1 only t1 (3 candidates): cell 1 is filled first.
    const inTopic = bank(3, { topicId: 't1' });
    const elsewhere = bank(1, { topicId: 't2' });
    const cells = [cell({ topicId: null, count: 3 }), cell({ topicId: 't1', count: 3 })];
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const draw = drawFromMatrix(cells, [...inTopic, ...elsewhere], seed);
      expect(picksOf(draw, 1).sort()).toEqual(inTopic.map((c) => c.id));
      expect(picksOf(draw, 0)).toEqual([elsewhere[0]!.id]);
      expect(draw.shortfalls).toEqual([
        shortfall(
          3,
          1,
          'Có 4 câu Nhiều lựa chọn mức Biết đã duyệt nhưng 3 câu đã được rút cho ô khác của ma trận; còn 1 câu, cần 3.',
        ),
      ]);
    }
  });
});

describe('drawFromMatrix: shortfalls', () => {
  it('names a cell without enough questions', () => {
    const draw = drawFromMatrix([cell({ level: 'hieu', count: 5 })], bank(3, { level: 'hieu' }), 's');
    expect(draw.picks).toHaveLength(3);
    expect(draw.shortfalls).toEqual([
      shortfall(5, 3, 'Chỉ có 3 câu Nhiều lựa chọn mức Hiểu đã duyệt thuộc chủ đề này, cần 5.'),
    ]);
  });

  it.each([
    [
      cell({ type: 'multiple_select', level: 'van_dung', count: 2 }),
      'Không có câu Chọn nhiều đáp án mức Vận dụng nào đã duyệt thuộc chủ đề này, cần 2.',
    ],
    [
      cell({ topicId: null, type: 'short_answer', count: 4 }),
      'Không có câu Trả lời ngắn mức Biết nào đã duyệt, cần 4.',
    ],
    [
      cell({ type: 'true_false_group', level: 'hieu', count: 8 }),
      'Không có câu Đúng/Sai mức Hiểu nào đã duyệt thuộc chủ đề này, cần 8 ý.',
    ],
  ])('names an empty cell: %j', (wanted, reason) => {
    expect(drawFromMatrix([wanted], bank(5), 's').shortfalls).toEqual([shortfall(wanted.count, 0, reason)]);
  });

  it('never matches questions without a level, or groups', () => {
    const unusable = [...bank(3, { level: null }), ...bank(3, { type: 'group' })];
    const draw = drawFromMatrix([cell({ count: 1 })], unusable, 's');
    expect(draw.picks).toEqual([]);
    expect(draw.shortfalls[0]?.found).toBe(0);
  });

  it('skips cells that want nothing', () => {
    expect(drawFromMatrix([cell({ count: 0 })], [], 's')).toEqual({ picks: [], shortfalls: [] });
  });
});

describe('drawFromMatrix: Đúng/Sai counted per statement', () => {
  it('takes one question per 4 statements', () => {
    const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 12 })], trueFalse(5), 's');
    expect(draw.picks).toHaveLength(3);
    expect(draw.shortfalls).toEqual([]);
  });

  it('explains a count not divisible by 4 and keeps the questions that fit', () => {
    const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 6 })], trueFalse(3), 's');
    expect(draw.picks).toHaveLength(1);
    expect(draw.shortfalls).toEqual([
      shortfall(6, 4, 'Đúng/Sai được đếm theo ý: 6 ý không chia hết cho 4 ý mỗi câu.'),
    ]);
  });

  it('adds the shortage when a count not divisible by 4 also lacks questions', () => {
    const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 10 })], trueFalse(1), 's');
    expect(draw.shortfalls[0]).toEqual(
      shortfall(
        10,
        4,
        'Đúng/Sai được đếm theo ý: 10 ý không chia hết cho 4 ý mỗi câu. ' +
          'Chỉ có 1 câu Đúng/Sai mức Biết đã duyệt thuộc chủ đề này (4 ý), cần 10 ý.',
      ),
    );
  });

  it('counts statements when questions are short', () => {
    const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 12 })], trueFalse(2), 's');
    expect(draw.shortfalls[0]).toMatchObject({
      wanted: 12,
      found: 8,
      reason: 'Chỉ có 2 câu Đúng/Sai mức Biết đã duyệt thuộc chủ đề này (8 ý), cần 12 ý.',
    });
  });

  it('combines questions of other lengths to reach the count exactly', () => {
    // 6 = 3 + 3 although a 4-statement question is drawn first for some seeds.
    const candidates = [...trueFalse(1), ...trueFalse(2, { statementCount: 3 })];
    for (const seed of ['a', 'b', 'c', 'd']) {
      const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 6 })], candidates, seed);
      expect(draw.shortfalls).toEqual([]);
      expect(draw.picks.map((p) => p.questionId).sort()).toEqual(candidates.slice(1).map((c) => c.id));
    }
  });

  it('says so when the lengths cannot add up', () => {
    const candidates = [...trueFalse(1), ...trueFalse(1, { statementCount: 3 })];
    const draw = drawFromMatrix([cell({ type: 'true_false_group', count: 6 })], candidates, 's');
    expect(draw.shortfalls[0]).toMatchObject({ wanted: 6, found: 4 });
    expect(draw.shortfalls[0]?.reason).toBe(
      'Không ghép được đúng 6 ý từ các câu Đúng/Sai mức Biết đã duyệt thuộc chủ đề này (số ý mỗi câu không khớp).',
    );
  });
});
