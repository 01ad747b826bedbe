import type { ImportPreviewItem, QuestionContent, QuestionDetail, QuestionSummary } from '@hoclieu/contracts';
import { fakeFetch, json, sessionOf } from './fake-api';
import { SCHOOL } from './material-fixtures';

export const QUESTION_ID = '8b1c1a52-6a2a-4d38-9a55-4c5b0a0f3c01';
export const OTHER_QUESTION_ID = '8b1c1a52-6a2a-4d38-9a55-4c5b0a0f3c02';
export const TOPIC_ID = '8b1c1a52-6a2a-4d38-9a55-4c5b0a0f3c10';
const user = sessionOf().user;

const math = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;

export function choiceContent(stem = `Tính ${math('\\frac{1}{2} + \\frac{1}{3}')}`): QuestionContent {
  return {
    type: 'single_choice',
    stem,
    options: [
      { label: 'A', html: math('\\frac{5}{6}'), correct: true },
      { label: 'B', html: math('\\frac{2}{5}'), correct: false },
      { label: 'C', html: '1', correct: false },
      { label: 'D', html: math('\\frac{1}{6}'), correct: false },
    ],
    statements: [],
    answer: null,
    solution: null,
    rubric: null,
    children: [],
  };
}

export function questionSummaryOf(overrides: Partial<QuestionSummary> = {}): QuestionSummary {
  return {
    id: QUESTION_ID,
    type: 'single_choice',
    stem: choiceContent().stem,
    subject: { code: 'toan', name: 'Toán' },
    grade: 6,
    topic: { id: TOPIC_ID, title: 'Phân số' },
    level: 'biet',
    difficulty: 2,
    estimatedDifficulty: null,
    difficultyAnswers: 0,
    tags: ['phân số'],
    status: 'draft',
    scope: 'private',
    requestedScope: null,
    author: { id: user.id, fullName: 'Trần Minh Châu' },
    school: SCHOOL,
    currentVersion: 1,
    updatedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

/** A second card: an approved true/false group shared with the school. */
export function trueFalseSummaryOf(overrides: Partial<QuestionSummary> = {}): QuestionSummary {
  return questionSummaryOf({
    id: OTHER_QUESTION_ID,
    type: 'true_false_group',
    stem: 'Xét tính đúng sai của các mệnh đề sau.',
    level: 'hieu',
    status: 'approved',
    scope: 'school',
    ...overrides,
  });
}

export function questionDetailOf(overrides: Partial<QuestionDetail> = {}): QuestionDetail {
  return {
    ...questionSummaryOf(),
    content: choiceContent(),
    meta: {
      subjectCode: 'toan',
      grade: 6,
      topicId: TOPIC_ID,
      learningOutcome: '',
      level: 'biet',
      difficulty: 2,
      tags: ['phân số'],
      source: '',
    },
    rejectionReason: null,
    versions: [{ number: 1, createdBy: 'Trần Minh Châu', createdAt: '2026-11-20T08:00:00.000Z' }],
    decisions: [],
    permissions: { edit: true, submit: true, review: false, reviewBlocked: null },
    approval: null,
    nextScope: 'school',
    ...overrides,
  };
}

const emptyMeta = {
  subjectCode: null,
  grade: null,
  topicId: null,
  learningOutcome: '',
  level: null,
  difficulty: null,
  tags: [],
  source: '',
};

export function previewItemOf(overrides: Partial<ImportPreviewItem> = {}): ImportPreviewItem {
  return {
    number: 'Câu 1',
    content: choiceContent(),
    meta: emptyMeta,
    problems: [],
    similar: [],
    ...overrides,
  };
}

/** The server of the question editor opened on `detail` (question QUESTION_ID), answering a save with `saved`. */
export function questionEditorServer(detail: QuestionDetail, saved: QuestionDetail = detail) {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    'GET /api/curriculum/periods': () => json(200, { items: [] }),
    'GET /api/curriculum/topics': () => json(200, { items: [] }),
    'POST /api/questions/check': () => json(200, { problems: [], similar: [] }),
    [`GET /api/questions/${QUESTION_ID}`]: () => json(200, detail),
    [`PUT /api/questions/${QUESTION_ID}`]: () => json(200, saved),
  });
}
