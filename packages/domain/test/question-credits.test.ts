import type { QuestionContent, QuestionOption } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { checkQuestionContent } from '../src/questions/index.js';
import { option, question } from './question-builders.js';

const codes = (content: QuestionContent) =>
  checkQuestionContent(content, 'Câu 1').map((p) => `${p.severity}:${p.code}`);

describe('checkQuestionContent: single choice with credits', () => {
  it('accepts a 50 % distractor beside a full-credit key', () => {
    expect(
      codes(question({ options: [option('A', true, 1), option('B', false, 0.5), option('C', false)] })),
    ).toEqual([]);
  });

  it('refuses a full-credit option that is not the key, and a key below full credit', () => {
    expect(codes(question({ options: [option('A', true), option('B', false, 1)] }))).toEqual([
      'error:FULL_CREDIT_NOT_CORRECT',
    ]);
    expect(codes(question({ options: [option('A', true, 0.5), option('B', false, 0)] }))).toEqual([
      'error:CORRECT_WITHOUT_FULL_CREDIT',
    ]);
  });

  it('still reports two keys as MULTIPLE_CORRECT and no key as NO_CORRECT_ANSWER', () => {
    expect(codes(question({ options: [option('A', true, 1), option('B', true, 1)] }))).toEqual([
      'error:MULTIPLE_CORRECT',
    ]);
    expect(codes(question({ options: [option('A', false, 0.5), option('B', false, 0.5)] }))).toEqual([
      'error:NO_CORRECT_ANSWER',
    ]);
  });
});

describe('checkQuestionContent: multiple select with credits', () => {
  const multiple = (...options: QuestionOption[]) => question({ type: 'multiple_select', options });

  it('accepts positive credits adding up to 100 % with negative marks beside them', () => {
    expect(codes(multiple(option('A', true, 0.5), option('B', false, -0.5), option('C', true, 0.5)))).toEqual(
      [],
    );
    expect(
      codes(multiple(option('A', true, 0.333), option('B', true, 0.333), option('C', true, 0.333))),
    ).toEqual([]);
  });

  it('refuses credits that do not make the whole question, with a Vietnamese message', () => {
    const found = checkQuestionContent(
      multiple(option('A', true, 0.5), option('B', true, 0.25), option('C', false)),
    );
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'CREDITS_NOT_WHOLE',
        message: 'Tổng tỷ lệ điểm của các phương án được cộng điểm phải bằng 100 %.',
        location: null,
      },
    ]);
  });

  it('warns when the marked key differs from the credited options', () => {
    expect(codes(multiple(option('A', true, 1), option('B', true, 0), option('C', false)))).toEqual([
      'warning:CORRECT_WITHOUT_CREDIT',
    ]);
  });

  it('checks a question without credits as before', () => {
    expect(codes(multiple(option('A', true), option('B', true), option('C', false)))).toEqual([]);
    expect(codes(multiple(option('A', false), option('B', false)))).toEqual(['error:NO_CORRECT_ANSWER']);
  });
});

describe('checkQuestionContent: credited short answers', () => {
  it('accepts numeric credited answers and refuses text ones', () => {
    const answer = (text: string) => ({
      accepted: ['12'],
      tolerance: null,
      credited: [{ text, credit: 0.5, tolerance: 0.5 }],
    });
    expect(codes(question({ type: 'short_answer', answer: answer('12,5') }))).toEqual([]);
    expect(codes(question({ type: 'short_answer', answer: answer('mười hai') }))).toEqual([
      'error:CREDITED_NOT_NUMERIC',
    ]);
  });

  it('needs a full-credit answer even when credited ones exist', () => {
    const answer = { accepted: [], tolerance: null, credited: [{ text: '3', credit: 0.5, tolerance: null }] };
    expect(codes(question({ type: 'short_answer', answer }))).toEqual(['error:NO_CORRECT_ANSWER']);
  });
});
