import type { QuestionInput } from '@hoclieu/contracts';
import { questions } from '../../test/assessment-world.js';

/**
 * The quiz's questions, each with a secret planted where it must stay hidden until release (keys,
 * accepted answers, solutions, rubrics, credit, feedback, hints), and the classmate's own secrets.
 */

export const SOLUTION = (n: string) => `LOIGIAI-${n}-BIMAT`;
export const ACCEPTED = ['2468,5', '1357,25'];
export const RUBRIC = 'HUONGDANCHAM-BIMAT';
export const CLASSMATE_NAME = 'Trần Bạn Cùng Lớp';
export const CLASSMATE_ESSAY = 'BAILAM-CUA-BAN-CUNG-LOP';
// Partial credit and feedback name the key as surely as a correct flag does.
export const OPTION_FEEDBACK = 'PHANHOI-PHUONGAN-BIMAT';
export const OUTCOME_FEEDBACK = { correct: 'PHANHOI-DUNG-BIMAT', partial: 'PHANHOI-MOTPHAN-BIMAT' };
export const HINT = 'GOIY-BIMAT';
export const CREDITED = '2468,75';
export const CREDITED_FEEDBACK = 'PHANHOI-GANDUNG-BIMAT';

const meta = { subjectCode: 'toan', grade: 6, level: 'hieu' } as const;
const options = (correct: string[]) =>
  (['A', 'B', 'C', 'D'] as const).map((label) => ({
    label,
    html: `Phương án ${label}`,
    correct: correct.includes(label),
  }));
/** Key B, a 50 % distractor A, and a feedback on every option. */
const creditedOptions = options(['B']).map((o) => ({
  ...o,
  ...(o.label === 'A' && { credit: 0.5 }),
  feedback: `<p>${OPTION_FEEDBACK}-${o.label}</p>`,
}));

/** One question of every type the quiz shows, each with a solution the student must not see early. */
export const QUESTIONS: Record<string, QuestionInput> = {
  single: {
    content: {
      type: 'single_choice',
      stem: 'Số nào chia hết cho 3?',
      options: creditedOptions,
      solution: SOLUTION('1'),
      feedback: OUTCOME_FEEDBACK,
      hints: [`<p>${HINT}</p>`],
    },
    meta,
  },
  multi: {
    content: {
      type: 'multiple_select',
      stem: 'Chọn các số nguyên tố.',
      options: options(['A', 'C']),
      solution: SOLUTION('2'),
    },
    meta,
  },
  // The assessment suites' Đúng/Sai group (its statements' correct flags are the secret here).
  trueFalse: { ...questions.trueFalse, content: { ...questions.trueFalse.content, solution: SOLUTION('3') } },
  short: {
    content: {
      type: 'short_answer',
      stem: 'Tính 4937 : 2',
      answer: {
        accepted: [ACCEPTED[0] ?? ''],
        tolerance: null,
        credited: [{ text: CREDITED, credit: 0.5, tolerance: null, feedback: CREDITED_FEEDBACK }],
      },
      solution: SOLUTION('4'),
    },
    meta,
  },
  essay: {
    content: {
      type: 'essay',
      stem: 'Trình bày cách so sánh hai phân số.',
      rubric: `<p>${RUBRIC}</p>`,
      solution: SOLUTION('5'),
    },
    meta: { ...meta, level: 'van_dung' },
  },
  group: {
    content: {
      type: 'group',
      stem: 'Đọc đoạn sau và trả lời.',
      children: [
        {
          type: 'single_choice',
          stem: 'Ý chính của đoạn là gì?',
          options: options(['C']),
          statements: [],
          answer: null,
          solution: SOLUTION('6.1'),
          rubric: null,
        },
        {
          type: 'short_answer',
          stem: 'Tính 2714,5 : 2',
          options: [],
          statements: [],
          answer: { accepted: [ACCEPTED[1] ?? ''], tolerance: null },
          solution: SOLUTION('6.2'),
          rubric: null,
        },
      ],
    },
    meta,
  },
};
