import type { QuestionInput } from '@hoclieu/contracts';
import { choices, statements } from '@hoclieu/question-formats/testing';
import { afterAll, expect } from 'vitest';
import { type Client, createTestApp } from './helpers.js';
import { approvedQuestionOf, post } from './question-fixtures.js';
import { buildWorld, enrolledStudent, teachToan } from './world.js';

const m = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;
export const questions = {
  choice: {
    content: {
      type: 'single_choice',
      stem: `Giá trị của ${m('\\sqrt{16}')} là`,
      options: choices('A', '4', '8', '2', 'Cả A và B'),
    },
    meta: { subjectCode: 'toan', grade: 6, level: 'biet' },
  },
  trueFalse: {
    content: {
      type: 'true_false_group',
      stem: 'Cho hàm số y = 2x.',
      statements: statements('ĐĐSĐ', 'Đồng biến', 'Đi qua O', 'Qua (1; 3)', 'Song song y = 2x + 1'),
    },
    meta: { subjectCode: 'toan', grade: 6, level: 'hieu' },
  },
  short: {
    content: { type: 'short_answer', stem: 'Tính 1 : 2', answer: { accepted: ['0,5'], tolerance: null } },
    meta: { subjectCode: 'toan', grade: 6, level: 'hieu' },
  },
  essay: {
    content: {
      type: 'essay',
      stem: 'Trình bày cách so sánh hai phân số.',
      rubric: '<p>Quy đồng (1 điểm)</p>',
    },
    meta: { subjectCode: 'toan', grade: 6, level: 'van_dung' },
  },
} satisfies Record<string, QuestionInput>;

type ViewPart = {
  key: string;
  type: string;
  stem: string;
  options: { id: string; display: string; html: string }[];
};
export type View = {
  id: string;
  versionCode: string;
  questions: (ViewPart & { number: number; children: ViewPart[] })[];
  answers: Record<string, unknown>;
  seq: number;
  deadlineAt: string;
};

/**
 * This attempt's id of the option showing `html` in question `key` (a child's key reaches into a
 * group): the student's paper names options by per-attempt ids, never by the test's letters.
 */
export function optionId(view: View, key: string, html: string): string {
  const part = view.questions.flatMap((q) => [q, ...q.children]).find((q) => q.key === key);
  const option =
    part?.options.find((o) => o.html === html) ?? part?.options.find((o) => o.html.includes(html));
  if (!option) throw new Error(`no option "${html}" in question ${key}`);
  return option.id;
}

/**
 * The world of the test-taking suites: a teacher of Toán in 6A, two students of 6A and four
 * approved questions (single choice with math and a locked option, Đúng/Sai, short answer, essay).
 */
export async function createAssessmentWorld() {
  const t = await createTestApp();
  const w = await buildWorld(t);
  const ids: Record<string, string> = {};
  await teachToan(t, w);
  const classmate = await enrolledStudent(t, w.schoolClass);
  for (const [name, input] of Object.entries(questions)) {
    ids[name] = (await approvedQuestionOf(w.teacher.client, w.schoolAdmin.client, input)).id;
  }

  async function makeExam(items = Object.values(ids).map((questionId) => ({ questionId }))) {
    const response = await post(w.teacher.client, '/api/exams', {
      title: 'Kiểm tra 15 phút',
      subjectCode: 'toan',
      grade: 6,
      durationMinutes: 15,
      items,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      id: string;
      items: { key: string; points: number; part: string }[];
      maxScore: number;
    };
  }

  /** A new exam (all the world's questions by default) with one paper version drawn. */
  async function examWithVersion(seed: string, items?: Parameters<typeof makeExam>[0]) {
    const exam = await makeExam(items);
    const drawn = await post(w.teacher.client, `/api/exams/${exam.id}/versions`, { count: 1, seed });
    expect(drawn.statusCode, drawn.body).toBe(200);
    return exam;
  }

  async function assign(examId: string, overrides: object = {}) {
    const now = Date.now();
    const response = await post(w.teacher.client, `/api/exams/${examId}/assignments`, {
      classIds: [w.schoolClass.id],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      timeLimitMinutes: 15,
      releasePolicy: 'immediately',
      periods: 2,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { id: string };
  }

  return {
    t,
    w,
    classmate: classmate as { user: { id: string }; client: Client },
    ids,
    makeExam,
    examWithVersion,
    assign,
  };
}

export type AssessmentWorld = Awaited<ReturnType<typeof createAssessmentWorld>>;

/**
 * The assessment world of one test file, on the file's own database, closed after its tests. Awaited
 * at the top of the file: `const { t, w, makeExam } = await fileAssessmentWorld();`.
 */
export async function fileAssessmentWorld(): Promise<AssessmentWorld> {
  const world = await createAssessmentWorld();
  afterAll(() => world.t.close());
  return world;
}
