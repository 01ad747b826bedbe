import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessmentWorld, type View } from './assessment-world.js';
import type { Client, TestApp } from './helpers.js';
import { post } from './question-fixtures.js';
import { enrolledStudent, get, type World } from './world.js';

let t: TestApp;
let w: World;
let students: Client[];
let assignmentId: string;

/** Starts the attempt, types the short answer and the essay (null: left blank) and submits. */
async function answer(client: Client, short: string | null, essay: string | null) {
  const view = (await post(client, `/api/assignments/${assignmentId}/attempts`)).json() as View;
  const key = (type: string) => view.questions.find((q) => q.type === type)?.key as string;
  const answers = [
    ...(short === null ? [] : [{ key: key('short_answer'), answer: { text: short } }]),
    ...(essay === null ? [] : [{ key: key('essay'), answer: { text: essay } }]),
  ];
  const saved = await client.request({
    method: 'PUT',
    url: `/api/attempts/${view.id}/answers`,
    payload: { seq: 1, answers },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await post(client, `/api/attempts/${view.id}/submit`)).statusCode).toBe(200);
  return { attemptId: view.id, essayKey: key('essay') };
}

beforeAll(async () => {
  const world = await createAssessmentWorld();
  ({ t, w } = world);
  const more = [];
  for (let i = 0; i < 3; i += 1) more.push((await enrolledStudent(t, w.schoolClass)).client);
  students = [w.student.client, world.classmate.client, ...more];
  const exam = await world.examWithVersion('stats');
  assignmentId = (await world.assign(exam.id)).id;
});
afterAll(() => t.close());

describe('item statistics of short answers and essays', () => {
  it('shows typed answers grouped as graded and essays in score bands, the ungraded apart', async () => {
    const typed: [string | null, string | null][] = [
      ['0,5', 'Quy đồng mẫu số rồi so sánh tử số.'],
      ['0.5', 'Quy đồng.'],
      ['1/2', 'Không biết.'],
      [null, 'So sánh tử.'],
      [' ', null],
    ];
    const attempts: { attemptId: string; essayKey: string }[] = [];
    for (const [i, [short, essay]] of typed.entries()) {
      attempts.push(await answer(students[i] as Client, short, essay));
    }
    // The teacher grades two essays: one full marks, one 0; three stay ungraded.
    const grade = async (index: number, score: number) => {
      const a = attempts[index]!;
      const r = await post(w.teacher.client, `/api/attempts/${a.attemptId}/items/${a.essayKey}/grade`, {
        score,
      });
      expect(r.statusCode, r.body).toBe(200);
    };
    const results = (await get(w.teacher.client, `/api/assignments/${assignmentId}/results`)).json();
    const essayMax = results.items.find((i: { type: string }) => i.type === 'essay').max as number;
    await grade(0, essayMax);
    await grade(2, 0);

    const after = (await get(w.teacher.client, `/api/assignments/${assignmentId}/results`)).json();
    const short = after.items.find((i: { type: string }) => i.type === 'short_answer');
    expect(short.optionCounts).toEqual({});
    expect(short.responses).toEqual({
      top: [
        { text: '0,5', count: 2, credit: 1 },
        { text: '1/2', count: 1, credit: 0 },
      ],
      other: 0,
      blank: 2,
    });
    expect(short.facility).toBeCloseTo(2 / 5, 10);

    const essay = after.items.find((i: { type: string }) => i.type === 'essay');
    expect(essay.optionCounts).toEqual({});
    expect(essay.essayBands.bands.map((b: { count: number }) => b.count)).toEqual([1, 0, 0, 0, 1]);
    expect(essay.essayBands.ungraded).toBe(3);
    expect(essay).toMatchObject({ ungraded: 3, facility: 0.5 });

    const choice = after.items.find((i: { type: string }) => i.type === 'single_choice');
    expect(choice).toMatchObject({
      optionCounts: { blank: 5 },
      responses: null,
      essayBands: null,
      ungraded: 0,
    });
  });

  it('gives an essay no facility while nothing is graded', async () => {
    // Fresh assignment of the same test: one submitted essay, ungraded.
    const examId = (await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).examId;
    const other = await post(w.teacher.client, `/api/exams/${examId}/assignments`, {
      classIds: [w.schoolClass.id],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      timeLimitMinutes: 15,
      releasePolicy: 'immediately',
      periods: 2,
    });
    expect(other.statusCode, other.body).toBe(200);
    assignmentId = other.json().id;
    await answer(w.student.client, '0,5', 'Bài làm.');
    const results = (await get(w.teacher.client, `/api/assignments/${assignmentId}/results`)).json();
    const essay = results.items.find((i: { type: string }) => i.type === 'essay');
    expect(essay).toMatchObject({ facility: null, discrimination: null, ungraded: 1 });
  });

  it('keeps the statistics to the teacher', async () => {
    expect((await get(w.student.client, `/api/assignments/${assignmentId}/results`)).statusCode).toBe(403);
  });
});
