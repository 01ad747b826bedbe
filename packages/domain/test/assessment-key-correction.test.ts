import type { QuestionContent } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { gradeAttempt } from '../src/assessment/attempt-grading.js';
import { correctedContent } from '../src/assessment/key-correction.js';
import { question as baseQuestion, option } from './question-builders.js';

const question = (overrides: Partial<QuestionContent>): QuestionContent =>
  baseQuestion({ options: [option('A', true), option('B', false, 0.5), option('C', false)], ...overrides });

describe('correctedContent', () => {
  it('leaves the content alone without a correction', () => {
    const q = question({});
    expect(correctedContent(q, null)).toBe(q);
  });

  it('moves the key and drops the option credits set for the old one', () => {
    const fixed = correctedContent(question({}), { options: ['C'] });
    expect(fixed.options.map((o) => [o.label, o.correct, o.credit])).toEqual([
      ['A', false, undefined],
      ['B', false, undefined],
      ['C', true, undefined],
    ]);
  });

  it('corrects statements and accepted answers, and a group child by its number', () => {
    const child = question({ type: 'short_answer', options: [], answer: { accepted: ['1'], tolerance: 0 } });
    const group = question({
      type: 'group',
      options: [],
      children: [{ ...child, type: 'short_answer' }],
    });
    const fixed = correctedContent(group, { children: { '1': { accepted: ['2', '2,0'] } } });
    expect(fixed.children[0]?.answer).toEqual({ accepted: ['2', '2,0'], tolerance: 0 });
  });
});

describe('gradeAttempt', () => {
  const items = [
    { key: '1', points: 0.25, content: question({}) },
    { key: '2', points: 1, content: question({ type: 'essay', options: [] }) },
  ];
  const rules = { multipleSelect: 'all_or_nothing' as const };

  it('sums the parts and waits for the teacher on an ungraded essay', () => {
    const graded = gradeAttempt(
      items,
      'toan',
      rules,
      new Map([['1', { answer: { choice: 'A' }, manualScore: null }]]),
    );
    expect(graded.results['1']).toEqual({ score: 0.25, max: 0.25, status: 'correct' });
    expect(graded).toMatchObject({ score: 0.25, max: 1.25, needsGrading: true });
  });

  it('counts a teacher score on an essay, capped at its points', () => {
    const answers = new Map([['2', { answer: null, manualScore: 3 }]]);
    const graded = gradeAttempt(items, 'toan', rules, answers);
    expect(graded.results['2']).toEqual({ score: 1, max: 1, status: 'correct' });
    expect(graded.needsGrading).toBe(false);
  });
});
