import type {
  AssignmentResults,
  AssignmentSummary,
  AttemptResult,
  ExamDetail,
  QuestionContent,
} from '@hoclieu/contracts';
import { toan6Periods } from './curriculum-fixtures';
import { json, sessionOf } from './fake-api';
import { choiceContent, OTHER_QUESTION_ID, QUESTION_ID, TOPIC_ID } from './question-fixtures';
import { assignmentOf as studentAssignmentOf, attemptResultOf as submittedAttemptOf } from './quiz-fixtures';

export const EXAM_ID = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d01';
export const ASSIGNMENT_ID = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d02';
export const ATTEMPT_ID = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d03';
export const CLASS_6A = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d04';
export const CLASS_7A = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d05';
export const STUDENT_AN = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d06';
export const STUDENT_BINH = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d07';
const STUDENT_CUONG = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d08';
const CHAPTER_ID = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d10';
const user = sessionOf().user;

function trueFalseContent(): QuestionContent {
  return {
    type: 'true_false_group',
    stem: 'Xét tính đúng sai của các mệnh đề sau.',
    options: [],
    statements: [
      { label: 'a', html: '2 là số nguyên tố', correct: true },
      { label: 'b', html: '9 là số nguyên tố', correct: false },
      { label: 'c', html: '1 là số nguyên tố', correct: false },
      { label: 'd', html: '0 chia hết cho 5', correct: true },
    ],
    answer: null,
    solution: null,
    rubric: null,
    children: [],
  };
}

function essayContent(): QuestionContent {
  return {
    type: 'essay',
    stem: 'Trình bày cách so sánh hai phân số khác mẫu.',
    options: [],
    statements: [],
    answer: null,
    solution: null,
    rubric: '<p>Quy đồng mẫu số: 0,5 điểm. So sánh tử số: 0,5 điểm.</p>',
    children: [],
  };
}

export function examDetailOf(overrides: Partial<ExamDetail> = {}): ExamDetail {
  return {
    id: EXAM_ID,
    title: 'Kiểm tra giữa kì I – Toán 6',
    subject: { code: 'toan', name: 'Toán' },
    grade: 6,
    durationMinutes: 45,
    itemCount: 2,
    maxScore: 1.25,
    versionCodes: [],
    assignmentCount: 0,
    author: { id: user.id, fullName: user.fullName },
    updatedAt: '2026-11-20T08:00:00.000Z',
    items: [
      {
        key: '1',
        questionId: QUESTION_ID,
        version: 1,
        part: 'I',
        points: 0.25,
        level: 'biet',
        topic: { id: TOPIC_ID, title: 'Phân số' },
        content: choiceContent(),
        keyCorrected: false,
      },
      {
        key: '2',
        questionId: OTHER_QUESTION_ID,
        version: 2,
        part: 'II',
        points: 1,
        level: 'hieu',
        topic: null,
        content: trueFalseContent(),
        keyCorrected: false,
      },
    ],
    settings: {
      shuffleQuestions: true,
      withinParts: true,
      shuffleOptions: true,
      multipleSelect: 'all_or_nothing',
    },
    header: { authority: 'PHÒNG GDĐT TUYÊN HOÁ', school: 'Trường THCS Tiến Hoá', schoolYear: '2026-2027' },
    locked: false,
    ...overrides,
  };
}

/** 6A's mid-term test as its teacher sees it: with the counts of papers handed in. */
export function assignmentOf(overrides: Partial<AssignmentSummary> = {}): AssignmentSummary {
  return studentAssignmentOf({
    id: ASSIGNMENT_ID,
    examId: EXAM_ID,
    title: 'Kiểm tra giữa kì I – Toán 6',
    classes: [{ id: CLASS_6A, name: '6A' }],
    opensAt: '2026-11-20T00:30:00.000Z',
    closesAt: '2026-11-21T00:30:00.000Z',
    releasePolicy: 'manual',
    submittedCount: 2,
    studentCount: 3,
    ...overrides,
  });
}

export function resultsOf(overrides: Partial<AssignmentResults> = {}): AssignmentResults {
  return {
    assignment: assignmentOf(),
    maxScore: 10,
    students: [
      {
        studentId: STUDENT_AN,
        username: 'hs.an',
        fullName: 'Nguyễn Văn An',
        className: '6A',
        attemptId: ATTEMPT_ID,
        versionCode: '101',
        status: 'submitted',
        score: 6,
        needsGrading: true,
        submittedAt: '2026-11-20T01:10:00.000Z',
        supervision: { awayCount: 3, awayMs: 95_000, deviceChanges: 1, deviceBlocked: false },
      },
      {
        studentId: STUDENT_BINH,
        username: 'hs.binh',
        fullName: 'Lê Thị Bình',
        className: '6A',
        attemptId: '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3d09',
        versionCode: '102',
        status: 'submitted',
        score: 8.5,
        needsGrading: false,
        submittedAt: '2026-11-20T01:05:00.000Z',
        supervision: { awayCount: 0, awayMs: 0, deviceChanges: 0, deviceBlocked: false },
      },
      {
        studentId: STUDENT_CUONG,
        username: 'hs.cuong',
        fullName: 'Phạm Quốc Cường',
        className: '6A',
        attemptId: null,
        versionCode: null,
        status: 'not_started',
        score: null,
        needsGrading: false,
        submittedAt: null,
        supervision: null,
      },
    ],
    distribution: [
      { from: 0, to: 2, count: 0 },
      { from: 2, to: 4, count: 0 },
      { from: 4, to: 6, count: 0 },
      { from: 6, to: 8, count: 1 },
      { from: 8, to: 10, count: 1 },
    ],
    items: [
      {
        key: '1',
        number: '1',
        type: 'single_choice',
        max: 0.25,
        facility: 0.85,
        discrimination: 0.45,
        optionCounts: { A: 1, B: 1, C: 0, D: 0 },
        correctLabels: ['A'],
        ungraded: 0,
        responses: null,
        essayBands: null,
        versions: [
          { code: '101', number: '1', letters: { A: 'A', B: 'B', C: 'C', D: 'D' } },
          { code: '102', number: '2', letters: { A: 'C', B: 'A', C: 'B', D: 'D' } },
        ],
      },
      {
        key: '3',
        number: '3',
        type: 'essay',
        max: 1,
        facility: 0.25,
        discrimination: null,
        optionCounts: {},
        correctLabels: [],
        ungraded: 0,
        responses: null,
        essayBands: null,
        versions: [
          { code: '101', number: '3', letters: {} },
          { code: '102', number: '1', letters: {} },
        ],
      },
    ],
    ...overrides,
  };
}

/** A paper of that test, graded but for its essay. */
export function attemptResultOf(overrides: Partial<AttemptResult> = {}): AttemptResult {
  return submittedAttemptOf({
    id: ATTEMPT_ID,
    submittedAt: '2026-11-20T01:10:00.000Z',
    score: 6,
    review: [
      {
        key: '1',
        number: '1',
        content: choiceContent(),
        answer: { choice: 'A' },
        result: { key: '1', score: 0.25, max: 0.25, status: 'correct' },
      },
      {
        key: '3',
        number: '3',
        content: essayContent(),
        answer: { text: 'Quy đồng mẫu rồi so sánh tử.' },
        result: { key: '3', score: 0, max: 1, status: 'manual' },
      },
    ],
    ...overrides,
  });
}

/** The curriculum answers the builder needs: Toán 6 and one chapter with one lesson. */
export const curriculumHandlers = {
  'GET /api/curriculum/periods': toan6Periods,
  'GET /api/curriculum/topics': () =>
    json(200, {
      items: [
        {
          id: CHAPTER_ID,
          subjectCode: 'toan',
          grade: 6,
          parentId: null,
          kind: 'chapter',
          title: 'Chương II. Phân số',
          position: 1,
          code: 'TOAN-6-C2',
          series: '',
          outcomes: null,
          children: [
            {
              id: TOPIC_ID,
              subjectCode: 'toan',
              grade: 6,
              parentId: CHAPTER_ID,
              kind: 'lesson',
              title: 'Phân số',
              position: 1,
              code: 'TOAN-6-C2-B1',
              series: '',
              outcomes: null,
            },
          ],
        },
      ],
    }),
};
