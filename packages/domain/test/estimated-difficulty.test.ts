import type { QuestionContent } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { type DrawCandidate, drawFromMatrix } from '../src/assessment/index.js';
import {
  averageSuccess,
  difficultyBand,
  preferFittingEstimate,
} from '../src/practice/estimated-difficulty.js';
import { masteryOf, reachedGoal, weakestFirst } from '../src/practice/mastery-table.js';
import {
  difficultyAfterTestAnswer as afterTest,
  testAnswerScores,
} from '../src/practice/test-answer-scores.js';

describe('estimated difficulty', () => {
  it('reads as the share an average student gets right, in three bands', () => {
    expect(averageSuccess(0)).toBe(0.5);
    expect(difficultyBand(-1)).toBe('easy'); // 73 %
    expect(difficultyBand(0)).toBe('medium');
    expect(difficultyBand(0.5)).toBe('hard'); // 38 %
  });

  it('puts the questions whose estimate fits the level first, keeping the order within each group', () => {
    const q = (id: string, estimatedDifficulty: number | null) => ({ id, estimatedDifficulty });
    const list = [q('a', 1), q('b', -2), q('c', null), q('d', -1.5)];
    expect(preferFittingEstimate(list, 'biet').map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(preferFittingEstimate(list, 'van_dung').map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lets the matrix draw prefer fitting questions when asked, and only then', () => {
    const candidates: DrawCandidate[] = Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      topicId: 't1',
      type: 'single_choice',
      level: 'biet',
      statementCount: 0,
      // Only q7 and q8 are easy by the estimate.
      estimatedDifficulty: i === 7 || i === 8 ? -2 : 1,
    }));
    const cells = [{ topicId: 't1', type: 'single_choice' as const, level: 'biet' as const, count: 2 }];
    const preferred = drawFromMatrix(cells, candidates, 'seed', { preferEstimate: true });
    expect(preferred.picks.map((p) => p.questionId).sort()).toEqual(['q7', 'q8']);
    for (const seed of ['s1', 's2', 's3']) {
      const plain = drawFromMatrix(cells, candidates, seed);
      expect(plain.picks).toHaveLength(2);
    }
  });
});

describe('difficulty from a graded test', () => {
  const choice: QuestionContent = {
    type: 'single_choice',
    stem: 'x',
    options: [
      { label: 'A', html: '1', correct: true },
      { label: 'B', html: '2', correct: false },
    ],
  } as QuestionContent;
  const essay = { type: 'essay', stem: 'Giải thích', rubric: '' } as QuestionContent;

  it('takes the share of points on auto-graded parts, leaves essays out, counts blanks as wrong', () => {
    const scores = testAnswerScores(
      [
        { key: '1', questionId: 'q1', points: 0.25, content: choice },
        { key: '2', questionId: 'q2', points: 0.25, content: choice },
        { key: '3', questionId: 'q3', points: 1, content: essay },
      ],
      {
        '1': { score: 0.25, max: 0.25, status: 'correct' },
        '2': { score: 0, max: 0.25, status: 'blank' },
        '3': { score: 1, max: 1, status: 'correct' },
      },
      'toan',
    );
    expect(scores).toEqual([
      { questionId: 'q1', score: 1 },
      { questionId: 'q2', score: 0 },
    ]);
  });

  it('moves only the question side of the Elo model, from the student ability on the topic', () => {
    expect(afterTest({ difficulty: null, answers: 0 }, { ability: 0, answers: 0 }, 1)).toEqual({
      difficulty: -0.4,
      answers: 1,
    });
    // A strong student answering right says little: the estimate barely moves.
    const strong = afterTest({ difficulty: 0, answers: 10 }, { ability: 3, answers: 20 }, 1);
    expect(strong.difficulty).toBeLessThan(0);
    expect(strong.difficulty).toBeGreaterThan(-0.05);
  });
});

describe('mastery table', () => {
  it('orders topics weakest first, those nobody practised last in curriculum order', () => {
    const topics = [
      { id: 'none2', position: 2, masteries: [] },
      { id: 'strong', position: 5, masteries: [0.9, 0.8] },
      { id: 'weak', position: 9, masteries: [0.2, 0.5] },
      { id: 'none1', position: 1, masteries: [] },
    ];
    expect(weakestFirst(topics).map((t) => t.id)).toEqual(['weak', 'strong', 'none1', 'none2']);
  });

  it('reaches a goal only at the target on every topic', () => {
    const abilities = new Map([
      ['t1', 2],
      ['t2', 1],
    ]);
    expect(masteryOf(0)).toBe(0.5);
    expect(reachedGoal({ topicIds: ['t1'], target: 0.8 }, (id) => abilities.get(id))).toBe(true);
    expect(reachedGoal({ topicIds: ['t1', 't2'], target: 0.8 }, (id) => abilities.get(id))).toBe(false);
    expect(reachedGoal({ topicIds: ['t3'], target: 0.5 }, (id) => abilities.get(id))).toBe(false);
  });
});
