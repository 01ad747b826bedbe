import type { QuestionContent } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { contentFromDraft, draftFromContent } from '../src/pages/questions/editor/question-draft';

const base: Pick<QuestionContent, 'stem' | 'statements' | 'solution' | 'rubric' | 'children'> = {
  stem: '<p>Tính 3 × 4.</p>',
  statements: [],
  solution: null,
  rubric: null,
  children: [],
};

describe('question draft: credits, feedback and hints', () => {
  it('gives back a short answer with credited answers, outcome feedback and hints unchanged', () => {
    const content: QuestionContent = {
      ...base,
      type: 'short_answer',
      options: [],
      answer: {
        accepted: ['12'],
        tolerance: null,
        credited: [
          { text: '12,5', credit: 0.5, tolerance: 0.5, feedback: '<p>Gần <strong>đúng</strong></p>' },
        ],
      },
      feedback: { incorrect: '<p>Xem lại bảng cửu chương.</p>' },
      hints: ['<p>3 + 3 + 3 + 3</p>'],
    };
    expect(contentFromDraft(draftFromContent(content), content)).toEqual(content);
  });

  it('gives back options with credits and feedback, and drops feedback emptied in the editor', () => {
    const content: QuestionContent = {
      ...base,
      type: 'multiple_select',
      options: [
        { label: 'A', html: '2', correct: true, credit: 0.5, feedback: '<p>Đúng</p>' },
        { label: 'B', html: '3', correct: false, credit: -0.5 },
        { label: 'C', html: '4', correct: true, credit: 0.5 },
      ],
      answer: null,
    };
    const draft = draftFromContent(content);
    expect(contentFromDraft(draft, content)).toEqual(content);
    const emptied = { ...draft, options: draft.options.map((o) => ({ ...o, feedback: ' ' })) };
    expect(contentFromDraft(emptied, content).options[0]).toEqual({
      label: 'A',
      html: '2',
      correct: true,
      credit: 0.5,
    });
    expect(contentFromDraft(emptied, content)).not.toHaveProperty('feedback');
  });
});
