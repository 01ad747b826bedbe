import { SAVE_GRACE_MS } from '@hoclieu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssessmentWorld, createAssessmentWorld } from '../test/assessment-world.js';
import { approvedQuestionOf, post } from '../test/question-fixtures.js';
import { CLASSMATE_ESSAY, CLASSMATE_NAME, QUESTIONS } from './quiz-leaks/planted-secrets.js';
import {
  type Captured,
  creditSecrets,
  recording,
  report,
  scan,
  secretsOf,
} from './quiz-leaks/response-scan.js';

/**
 * A full quiz as a student through the HTTP API, every response the student receives kept and
 * scanned for what must stay hidden until release: correct flags, accepted short answers, solutions
 * (lời giải), rubrics (hướng dẫn chấm), and anything of another student's.
 */
let world: AssessmentWorld;
const before: Captured[] = [];
const after: Captured[] = [];
let secrets: ReturnType<typeof secretsOf>;
let attemptId = '';
let examId = '';

beforeAll(async () => {
  world = await createAssessmentWorld();
  const { t, w, classmate } = world;
  await t.db.user.update({ where: { id: classmate.user.id }, data: { fullName: CLASSMATE_NAME } });
  const ids: string[] = [];
  for (const input of Object.values(QUESTIONS)) {
    ids.push((await approvedQuestionOf(w.teacher.client, w.schoolAdmin.client, input)).id);
  }
  const exam = await world.makeExam(ids.map((questionId) => ({ questionId })));
  examId = exam.id;
  const versions = await post(w.teacher.client, `/api/exams/${exam.id}/versions`, {
    count: 2,
    seed: 'leaks',
  });
  expect(versions.statusCode, versions.body).toBe(200);
  // The classmate has extra time: who gets it (and why) is nobody else's business.
  const assignment = await world.assign(exam.id, {
    releasePolicy: 'manual',
    extraTime: [{ studentId: classmate.user.id, minutes: 10 }],
  });

  // The classmate sits the test first: their answers, score and identity are in the database to leak.
  const started = await post(classmate.client, `/api/assignments/${assignment.id}/attempts`);
  expect(started.statusCode, started.body).toBe(200);
  const theirs = started.json() as { id: string; questions: { key: string; type: string }[] };
  const essayKey = theirs.questions.find((q) => q.type === 'essay')?.key ?? '';
  await classmate.client.request({
    method: 'PUT',
    url: `/api/attempts/${theirs.id}/answers`,
    payload: { seq: 1, answers: [{ key: essayKey, answer: { text: CLASSMATE_ESSAY } }] },
  });
  expect((await post(classmate.client, `/api/attempts/${theirs.id}/submit`)).statusCode).toBe(200);
  const mate = await t.db.user.findUniqueOrThrow({ where: { id: classmate.user.id } });
  secrets = secretsOf({ id: mate.id, username: mate.username }, theirs.id);

  // The student's whole quiz, every response kept.
  let step = '';
  const student = recording(w.student.client, before, () => step);
  const get = (url: string) => student.request({ method: 'GET', url });
  step = 'list';
  const list = await get('/api/assignments');
  expect(list.statusCode).toBe(200);
  step = 'start';
  const view = await post(student, `/api/assignments/${assignment.id}/attempts`);
  expect(view.statusCode, view.body).toBe(200);
  type Part = { key: string; type: string; options: { id: string }[] };
  const paper = view.json() as { id: string; questions: (Part & { children: Part[] })[] };
  attemptId = paper.id;
  step = 'paper';
  await get(`/api/attempts/${attemptId}`);
  // Options by this attempt's ids, never by letter.
  const answerFor = ({ type, options }: Part) =>
    ({
      single_choice: { choice: options[0]?.id },
      multiple_select: { choices: [options[0]?.id, options[1]?.id] },
      true_false_group: { statements: { a: true, b: false, c: true, d: false } },
      short_answer: { text: '7' },
      essay: { text: 'Em quy đồng mẫu số rồi so sánh tử số.' },
    })[type] ?? null;
  const items = paper.questions.flatMap((q) => (q.type === 'group' ? q.children : [q]));
  expect(items.length).toBe(7);
  let seq = 0;
  // Answer one question at a time, as the quiz page saves while the student moves through the paper.
  for (const item of items) {
    step = `save ${item.key}`;
    const saved = await student.request({
      method: 'PUT',
      url: `/api/attempts/${attemptId}/answers`,
      payload: { seq: ++seq, answers: [{ key: item.key, answer: answerFor(item) }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  step = 'reload';
  await get(`/api/attempts/${attemptId}`);
  step = 'resume';
  await post(student, `/api/assignments/${assignment.id}/attempts`);
  step = 'navigate';
  await get('/api/auth/me');
  await get('/api/me/classes');
  await get('/api/assignments');
  step = 'result before submit';
  await get(`/api/attempts/${attemptId}/result`);
  step = 'submit';
  const submitted = await post(student, `/api/attempts/${attemptId}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  step = 'result before release';
  const early = await get(`/api/attempts/${attemptId}/result`);
  expect(early.json()).toMatchObject({ score: null, review: null, released: false });
  await get('/api/assignments');

  // The teacher releases: the student gets their score and own answers, but the keys only once
  // nobody can still answer (a key would help whoever is still answering): the classmate's 10 extra minutes after the close, plus the grace.
  const released = await post(w.teacher.client, `/api/assignments/${assignment.id}/release`);
  expect(released.statusCode, released.body).toBe(200);
  step = 'released, classmates can still answer';
  const held = await get(`/api/attempts/${attemptId}/result`);
  expect(held.json()).toMatchObject({
    released: true,
    review: null,
    reviewHold: { reason: 'classmates_answering' },
  });
  expect(held.json().ownAnswers).toHaveLength(7);
  await get('/api/assignments');
  const { closesAt } = await t.db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
  t.clock.now = new Date(closesAt.getTime() + 10 * 60_000 + SAVE_GRACE_MS + 1);
  try {
    const late = recording(w.student.client, after, () => 'after release');
    await late.request({ method: 'GET', url: `/api/attempts/${attemptId}/result` });
    await late.request({ method: 'GET', url: '/api/assignments' });
  } finally {
    t.clock.now = new Date();
  }
});
afterAll(async () => {
  await world?.t.close();
});

describe('student-facing responses during a quiz', () => {
  it('hold no key, accepted answer, solution, rubric or other student before release', () => {
    const findings = scan(before, [...secrets.beforeRelease, ...secrets.never]);
    report('before release', before, findings);
    expect(before.every((c) => c.status === 200)).toBe(true);
    expect(findings).toEqual([]);
  });

  it('after release give the student their own score and corrected paper, still nobody else', () => {
    const result = JSON.parse(after[0]?.body ?? '{}') as { score: number | null; review: unknown[] | null };
    expect(result.score).not.toBeNull();
    // One entry per scored item: the group counts its two children.
    expect(result.review).toHaveLength(7);
    // Positive control: the same scan finds the keys and solutions now that release allows them.
    const allowed = scan(after, secrets.beforeRelease).map((f) => f.what);
    report('after release (allowed now)', after, scan(after, secrets.beforeRelease));
    for (const what of [
      '"correct" field',
      '"accepted" field',
      '"solution" field',
      'solution 1',
      'solution 6.2',
    ])
      expect(allowed).toContain(what);
    expect(scan(after, secrets.never)).toEqual([]);
  });

  it('hold no credit, option or outcome feedback, credited answer or hint before release; show them after', () => {
    const findings = scan(before, creditSecrets());
    report('credit and feedback before release', before, findings);
    expect(findings).toEqual([]);
    const allowed = new Set(scan(after, creditSecrets()).map((f) => f.what));
    expect([...allowed].sort()).toEqual(
      creditSecrets()
        .map((s) => s.what)
        .sort(),
    );
  });

  it('keep the key from a student who may still retake, even when results are released at once', async () => {
    const { w } = world;
    const assignment = await world.assign(examId, { releasePolicy: 'immediately', attemptsAllowed: 2 });
    const captured: Captured[] = [];
    let step = '';
    const student = recording(w.student.client, captured, () => step);
    const sit = async (label: string) => {
      step = `${label}: start`;
      const started = await post(student, `/api/assignments/${assignment.id}/attempts`);
      expect(started.statusCode, started.body).toBe(200);
      const id = (started.json() as { id: string }).id;
      step = `${label}: submit`;
      await post(student, `/api/attempts/${id}/submit`);
      step = `${label}: result`;
      return (await student.request({ method: 'GET', url: `/api/attempts/${id}/result` })).json() as {
        id: string;
        score: number | null;
        review: unknown[] | null;
      };
    };
    const first = await sit('attempt 1 of 2');
    const findings = scan(captured, secrets.beforeRelease);
    report('first of two attempts, released immediately', captured, findings);
    // The score is released; the corrected paper waits until no retake is left.
    expect(first.score).not.toBeNull();
    expect(first.review).toBeNull();
    expect(findings).toEqual([]);
    const last = await sit('attempt 2 of 2');
    // No retake left, but classmates can still answer until the close plus the grace.
    expect(last.review).toBeNull();
    expect(scan(captured, secrets.beforeRelease)).toEqual([]);
    const { closesAt } = await world.t.db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    world.t.clock.now = new Date(closesAt.getTime() + SAVE_GRACE_MS + 1);
    try {
      const after = await w.student.client.request({
        method: 'GET',
        url: `/api/attempts/${last.id}/result`,
      });
      expect(after.json().review).toHaveLength(7);
    } finally {
      world.t.clock.now = new Date();
    }
  });
});
