import type { AssignmentSummary, AttemptResult, AttemptView } from '@hoclieu/contracts';
import { sessionOf } from './fake-api';

export const ASSIGNMENT_ID = '5a1c1a52-6a2a-4d38-9a55-4c5b0a0f3d01';
export const OTHER_ASSIGNMENT_ID = '5a1c1a52-6a2a-4d38-9a55-4c5b0a0f3d02';
export const ATTEMPT_ID = '6b1c1a52-6a2a-4d38-9a55-4c5b0a0f3e01';
const EXAM_ID = '4c1c1a52-6a2a-4d38-9a55-4c5b0a0f3f01';

export const studentSession = () =>
  sessionOf({
    id: '9e1c1a52-6a2a-4d38-9a55-4c5b0a0f3a01',
    username: 'hocsinh',
    fullName: 'Lê Thị Hoa',
    role: 'student',
  });

/** What the server's KaTeX writes for ½: the page shows it as is. */
const TYPESET_HALF =
  '<span class="katex"><span class="katex-mathml"><math><mfrac><mn>1</mn><mn>2</mn></mfrac></math></span><span class="katex-html" aria-hidden="true"><span class="mord">½</span></span></span>';

export function assignmentOf(overrides: Partial<AssignmentSummary> = {}): AssignmentSummary {
  return {
    id: ASSIGNMENT_ID,
    examId: EXAM_ID,
    title: 'Kiểm tra 15 phút – Phân số',
    subject: { code: 'toan', name: 'Toán' },
    classes: [{ id: '3d1c1a52-6a2a-4d38-9a55-4c5b0a0f3b01', name: '6A' }],
    opensAt: '2026-11-20T07:00:00.000Z',
    closesAt: '2026-11-20T09:00:00.000Z',
    timeLimitMinutes: 45,
    attemptsAllowed: 1,
    releasePolicy: 'after_close',
    released: false,
    periods: 1,
    oneDevice: false,
    myAttempts: [],
    submittedCount: null,
    studentCount: null,
    ...overrides,
  };
}

/**
 * This attempt's option ids of question 1, by the question's original letter (which the page never
 * sees: options go by per-attempt ids and the printed letter only).
 */
export const OPTION_IDS = { A: 'Zq3xP0aA', B: 'Rk7yT2bB', C: 'Mn5wQ4cC', D: 'Hf9vS6dD' } as const;

/** A paper of every kind of item: a choice (options shuffled), Đúng/Sai, a short answer, a group. */
export function attemptViewOf(overrides: Partial<AttemptView> = {}): AttemptView {
  const serverNow = '2020-01-01T08:00:00.000Z';
  return {
    id: ATTEMPT_ID,
    assignmentId: ASSIGNMENT_ID,
    title: 'Kiểm tra 15 phút – Phân số',
    versionCode: '102',
    status: 'open',
    startedAt: serverNow,
    deadlineAt: '2020-01-01T08:45:00.000Z',
    serverNow,
    questions: [
      {
        key: '1',
        number: 1,
        part: 'I',
        type: 'single_choice',
        stem: `<p>Giá trị của ${TYPESET_HALF} + ${TYPESET_HALF} là</p>`,
        options: [
          { id: OPTION_IDS.B, display: 'A', html: '2' },
          { id: OPTION_IDS.C, display: 'B', html: '1' },
          { id: OPTION_IDS.A, display: 'C', html: '0' },
          // Math stays out of the options: jsdom cannot compute a label's name through MathML.
          { id: OPTION_IDS.D, display: 'D', html: '3' },
        ],
        statements: [],
        points: 0.25,
        children: [],
      },
      {
        key: '2',
        number: 2,
        part: 'II',
        type: 'true_false_group',
        stem: '<p>Xét các mệnh đề sau.</p>',
        options: [],
        statements: [
          { label: 'a', html: '2 là số nguyên tố.' },
          { label: 'b', html: '9 là số nguyên tố.' },
          { label: 'c', html: '0 là số tự nhiên.' },
          { label: 'd', html: '1 là hợp số.' },
        ],
        points: 1,
        children: [],
      },
      {
        key: '3',
        number: 3,
        part: 'III',
        type: 'short_answer',
        stem: '<p>Viết 1/2 dưới dạng số thập phân.</p>',
        options: [],
        statements: [],
        points: 0.5,
        children: [],
      },
      {
        key: '4',
        number: 4,
        part: 'III',
        type: 'group',
        stem: '<p>Một lớp có 40 học sinh.</p>',
        options: [],
        statements: [],
        points: 1,
        children: [
          {
            key: '4.1',
            type: 'short_answer',
            stem: '<p>Một nửa số học sinh là bao nhiêu?</p>',
            options: [],
            statements: [],
            points: 0.5,
          },
          {
            key: '4.2',
            type: 'essay',
            stem: '<p>Giải thích cách tính.</p>',
            options: [],
            statements: [],
            points: 0.5,
          },
        ],
      },
    ],
    answers: {},
    seq: 0,
    ...overrides,
  };
}

export function attemptResultOf(overrides: Partial<AttemptResult> = {}): AttemptResult {
  return {
    id: ATTEMPT_ID,
    status: 'submitted',
    submittedAt: '2026-11-20T07:40:00.000Z',
    score: null,
    maxScore: 10,
    released: false,
    review: null,
    ownAnswers: null,
    reviewHold: null,
    ...overrides,
  };
}
