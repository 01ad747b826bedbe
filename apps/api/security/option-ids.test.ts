import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AssessmentWorld,
  createAssessmentWorld,
  optionId,
  type View,
} from '../test/assessment-world.js';
import { post } from '../test/question-fixtures.js';
import { get } from '../test/world.js';

/**
 * Shuffling must not be undone by the payload: a paper naming each option by its original letter
 * next to the printed one would let students on different mã đề share answers by the original
 * letter. Options go by per-attempt ids; the server stores, grades and reports by original letter,
 * and shows the teacher each student's choice by the letter printed on that student's paper.
 *
 * The world's single-choice question: A "4" (the key), B "8", C "2", D "Cả A và B" (locked in place).
 */
let world: AssessmentWorld;
let choiceKey = '';
/** The student's and the classmate's attempts, on different mã đề, "8" printed off its letter B. */
let mine: View;
let theirs: View;
let mineJson = '';
let assignmentId = '';
let theirsJson = '';

const start = async (client: AssessmentWorld['classmate']['client'], assignmentId: string) => {
  const response = await post(client, `/api/assignments/${assignmentId}/attempts`);
  expect(response.statusCode, response.body).toBe(200);
  return { view: response.json() as View, json: response.body };
};
const printed = (view: View, html: string) =>
  view.questions.find((q) => q.key === choiceKey)?.options.find((o) => o.html === html)?.display;
const save = (client: AssessmentWorld['classmate']['client'], view: View, seq: number, answer: object) =>
  client.request({
    method: 'PUT',
    url: `/api/attempts/${view.id}/answers`,
    payload: { seq, answers: [{ key: choiceKey, answer }] },
  });

beforeAll(async () => {
  world = await createAssessmentWorld();
  const { w, classmate } = world;
  const exam = await world.makeExam();
  const versions = await post(w.teacher.client, `/api/exams/${exam.id}/versions`, {
    count: 4,
    seed: 'labels',
  });
  expect(versions.statusCode, versions.body).toBe(200);
  // Versions are drawn per student and assignment (a hash of random ids): assign until the two papers
  // differ as needed. Only some of the four versions move "8" off B: 12 tries missed about 1 run in 12.
  for (let tries = 0; tries < 60; tries++) {
    const assignment = await world.assign(exam.id);
    assignmentId = assignment.id;
    const a = await start(w.student.client, assignment.id);
    const b = await start(classmate.client, assignment.id);
    choiceKey = a.view.questions.find((q) => q.type === 'single_choice')?.key ?? '';
    [mine, theirs, mineJson, theirsJson] = [a.view, b.view, a.json, b.json];
    if (mine.versionCode !== theirs.versionCode && printed(mine, '8') !== 'B') break;
  }
  expect(mine.versionCode).not.toBe(theirs.versionCode);
  expect(printed(mine, '8')).not.toBe('B');
});
afterAll(async () => {
  await world?.t.close();
});

describe('option ids instead of original letters', () => {
  it('gives students on different mã đề papers with no original letter and unrelated ids', () => {
    for (const json of [mineJson, theirsJson]) {
      // Statements keep their a–d; an option never carries a letter but the printed one.
      expect(json).not.toMatch(/"label":"[A-H]"/);
      const view = JSON.parse(json) as View;
      for (const part of view.questions.flatMap((q) => [q, ...q.children]))
        for (const option of part.options) {
          expect(Object.keys(option).sort()).toEqual(['display', 'html', 'id']);
          expect(option.id).toMatch(/^[A-Za-z0-9_-]{8}$/);
        }
    }
    for (const html of ['4', '8', '2'])
      expect(optionId(mine, choiceKey, html)).not.toBe(optionId(theirs, choiceKey, html));
  });

  it('gives two attempts of the same version different ids for the same options', async () => {
    const { w, classmate } = world;
    const exam = await world.examWithVersion('one');
    const assignment = await world.assign(exam.id);
    const a = (await start(w.student.client, assignment.id)).view;
    const b = (await start(classmate.client, assignment.id)).view;
    expect(a.versionCode).toBe(b.versionCode);
    const key = a.questions.find((q) => q.type === 'single_choice')?.key ?? '';
    const ids = (view: View) => view.questions.find((q) => q.key === key)?.options.map((o) => o.id);
    const displays = (view: View) => view.questions.find((q) => q.key === key)?.options.map((o) => o.display);
    expect(displays(a)).toEqual(displays(b));
    const [mineIds, theirIds] = [ids(a) ?? [], ids(b) ?? []];
    expect(mineIds).toHaveLength(4);
    expect(mineIds.filter((id) => theirIds.includes(id))).toEqual([]);
  });

  it('refuses a save naming another attempt’s option or a bare letter, and stores nothing', async () => {
    const { t, w } = world;
    const stolen = await save(w.student.client, mine, 1, { choice: optionId(theirs, choiceKey, '4') });
    expect(stolen.statusCode, stolen.body).toBe(404);
    expect(stolen.json().error.code).toBe('OPTION_NOT_FOUND');
    const letter = await save(w.student.client, mine, 2, { choice: 'A' });
    expect(letter.statusCode, letter.body).toBe(400);
    const several = await save(w.student.client, mine, 3, {
      choices: [optionId(mine, choiceKey, '4'), optionId(theirs, choiceKey, '8')],
    });
    expect(several.statusCode, several.body).toBe(404);
    expect(await t.db.attemptAnswer.count({ where: { attemptId: mine.id } })).toBe(0);
  });

  it('stores a save by id as the original letter, echoes the id, and grades it right', async () => {
    const { t, w } = world;
    const saved = await save(w.student.client, mine, 4, { choice: optionId(mine, choiceKey, '4') });
    expect(saved.statusCode, saved.body).toBe(200);
    const row = await t.db.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_key: { attemptId: mine.id, key: choiceKey } },
    });
    expect(row.answer).toEqual({ choice: 'A' });
    const reloaded = (await get(w.student.client, `/api/attempts/${mine.id}`)).json() as View;
    expect(reloaded.answers[choiceKey]).toEqual({ choice: optionId(mine, choiceKey, '4') });
    const submitted = await post(w.student.client, `/api/attempts/${mine.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const result = (await get(w.teacher.client, `/api/attempts/${mine.id}/result`)).json();
    const item = result.review.find((r: { key: string }) => r.key === choiceKey);
    expect(item.result.status).toBe('correct');
  });

  it('shows the teacher the choice, number and options as printed on the student’s paper', async () => {
    const { w } = world;
    // The classmate picks "8" (the test's B), printed under another letter on their mã đề or not.
    const saved = await save(world.classmate.client, theirs, 1, { choice: optionId(theirs, choiceKey, '8') });
    expect(saved.statusCode, saved.body).toBe(200);
    await post(world.classmate.client, `/api/attempts/${theirs.id}/submit`);
    for (const [view, html] of [
      [mine, '4'],
      [theirs, '8'],
    ] as const) {
      const result = (await get(w.teacher.client, `/api/attempts/${view.id}/result`)).json();
      const item = result.review.find((r: { key: string }) => r.key === choiceKey);
      const question = view.questions.find((q) => q.key === choiceKey);
      expect(item.number).toBe(String(question?.number));
      expect(item.answer).toEqual({ choice: printed(view, html) });
      expect(item.content.options.map((o: { label: string; html: string }) => [o.label, o.html])).toEqual(
        question?.options.map((o) => [o.display, o.html]),
      );
    }
    // The student's own answers (or review, once keys are out) read the same as their paper.
    const own = (await get(w.student.client, `/api/attempts/${mine.id}/result`)).json();
    const ownItems = (own.review ?? own.ownAnswers) as { key: string; answer: unknown }[];
    expect(ownItems.find((r) => r.key === choiceKey)?.answer).toEqual({
      choice: printed(mine, '4'),
    });
  });

  it('item statistics count by the exam’s letters and give each mã đề’s number and letters', async () => {
    const { w } = world;
    const results = (await get(w.teacher.client, `/api/assignments/${assignmentId}/results`)).json();
    const item = results.items.find((i: { key: string }) => i.key === choiceKey);
    expect(item.optionCounts).toEqual({ A: 1, B: 1 });
    const mineVersion = item.versions.find((v: { code: string }) => v.code === mine.versionCode);
    expect(mineVersion).toEqual({
      code: mine.versionCode,
      number: String(mine.questions.find((q) => q.key === choiceKey)?.number),
      letters: { A: printed(mine, '4'), B: printed(mine, '8'), C: printed(mine, '2'), D: 'D' },
    });
    expect(item.versions).toHaveLength(4);
  });
});
