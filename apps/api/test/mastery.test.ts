import { makeClass, makeUser } from '@hoclieu/db/testing';
import { addDays, vietnamDate } from '@hoclieu/domain';
import pino from 'pino';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDifficulty } from '../src/modules/mastery/test-difficulty.js';
import { fileAssessmentWorld, optionId, type View } from './assessment-world.js';
import { signIn, testPasswordHash } from './helpers.js';
import { post } from './question-fixtures.js';
import { get } from './world.js';

const { t, w, classmate, ids, examWithVersion, assign } = await fileAssessmentWorld();
const silent = pino({ level: 'silent' });

let code = 0;
/** A topic of the curriculum tree (sector-wide reference data). */
async function topic(
  title: string,
  overrides: { subjectCode?: string; grade?: number; position?: number } = {},
) {
  await t.db.subject.upsert({
    where: { code: overrides.subjectCode ?? 'toan' },
    create: { code: overrides.subjectCode ?? 'toan', name: overrides.subjectCode ?? 'Toán' },
    update: {},
  });
  return t.db.topic.create({
    data: {
      subjectCode: overrides.subjectCode ?? 'toan',
      grade: overrides.grade ?? 6,
      kind: 'chapter',
      title,
      position: overrides.position ?? ++code,
      code: `MASTERY-${++code}`,
    },
  });
}

/** What the student's practice left (the practice module writes these rows as students answer). */
const mastery = (studentId: string, topicId: string, ability: number, answers = 5) =>
  t.db.topicMastery.create({
    data: { studentId, topicId, ability, answers, correct: Math.floor(answers / 2) },
  });

const errorOf = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string; message: string } }).error;

describe('class × topic mastery', () => {
  let weak: { id: string };
  let strong: { id: string };
  let untouched: { id: string };

  beforeAll(async () => {
    weak = await topic('Phân số', { position: 2 });
    strong = await topic('Số tự nhiên', { position: 1 });
    untouched = await topic('Hình học trực quan', { position: 3 });
    const otherGrade = await topic('Số hữu tỉ', { grade: 7 });
    const otherSubject = await topic('Văn bản thông tin', { subjectCode: 'ngu-van' });
    // Means: Phân số (0.27 + 0.5) / 2, Số tự nhiên (0.88 + 0.73) / 2.
    await mastery(w.student.user.id, weak.id, -1);
    await mastery(classmate.user.id, weak.id, 0);
    await mastery(w.student.user.id, strong.id, 2);
    await mastery(classmate.user.id, strong.id, 1);
    await mastery(w.student.user.id, otherGrade.id, 0);
    await mastery(w.student.user.id, otherSubject.id, 0);
  });

  it('lists the weakest topics first, of the class grade and the teacher subjects only', async () => {
    const response = await get(w.teacher.client, `/api/classes/${w.schoolClass.id}/mastery`);
    expect(response.statusCode, response.body).toBe(200);
    const table = response.json();
    expect(table.topics.map((x: { title: string }) => x.title)).toEqual(['Phân số', 'Số tự nhiên']);
    expect(table.topics[0].mean).toBeCloseTo((1 / (1 + Math.E) + 0.5) / 2, 5);
    expect(table.topics[0].answers).toBe(10);
    expect(table.subjects).toEqual([{ code: 'toan', name: 'Toán' }]);
    const student = table.students.find((s: { id: string }) => s.id === w.student.user.id);
    expect(student.cells).toContainEqual({
      topicId: strong.id,
      mastery: expect.closeTo(0.881, 3),
      answers: 5,
      correct: 2,
    });
    expect(student.cells.map((c: { topicId: string }) => c.topicId).sort()).toEqual(
      [weak.id, strong.id].sort(),
    );
    expect(table.topics.some((x: { id: string }) => x.id === untouched.id)).toBe(false);
  });

  it('is read by the class teachers and the school admin, no one else', async () => {
    const url = `/api/classes/${w.schoolClass.id}/mastery`;
    expect((await get(w.schoolAdmin.client, url)).statusCode).toBe(200);
    // Another school's teacher and admin, a student, an officer (not declared), a teacher of another class.
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(403);
    expect((await get(w.otherSchoolAdmin.client, url)).statusCode).toBe(403);
    expect((await get(w.student.client, url)).statusCode).toBe(403);
    expect((await get(w.districtOfficer.client, url)).statusCode).toBe(403);
    const colleague = await makeUser(t.db, 'teacher', {
      schoolId: w.school.id,
      passwordHash: await testPasswordHash(),
    });
    const otherClass = await makeClass(t.db, { schoolId: w.school.id, name: '6B' });
    await t.db.teachingAssignment.create({
      data: { teacherId: colleague.id, classId: otherClass.id, subjectCode: 'toan' },
    });
    const colleagueClient = await signIn(t.app, colleague.username);
    expect((await get(colleagueClient, url)).statusCode).toBe(403);
    expect((await get(colleagueClient, `/api/classes/${otherClass.id}/mastery`)).statusCode).toBe(200);
    expect((await get(w.teacher.client, `/api/classes/${w.otherClass.id}/mastery`)).statusCode).toBe(403);
  });

  it("opens a student's practice history, newest first", async () => {
    const answer = (minutesAgo: number, correct: boolean) =>
      t.db.practiceAnswer.create({
        data: {
          studentId: w.student.user.id,
          questionId: ids.choice as string,
          versionNumber: 1,
          topicId: weak.id,
          score: correct ? 1 : 0,
          correct,
          answer: { choice: correct ? 'A' : 'B' },
          abilityBefore: 0,
          abilityAfter: 0,
          answeredAt: new Date(Date.now() - minutesAgo * 60_000),
        },
      });
    await answer(30, false);
    await answer(5, true);
    const url = `/api/classes/${w.schoolClass.id}/students/${w.student.user.id}/practice`;
    const response = await get(w.teacher.client, url);
    expect(response.statusCode, response.body).toBe(200);
    const history = response.json();
    expect(history.student.id).toBe(w.student.user.id);
    expect(history.answers.map((a: { correct: boolean }) => a.correct)).toEqual([true, false]);
    expect(history.answers[0]).toMatchObject({ topic: { id: weak.id, title: 'Phân số' }, score: 1 });
    expect(history.answers[0].stemText).toContain('$\\sqrt{16}$');
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(403);
    expect((await get(w.student.client, url)).statusCode).toBe(403);
    // A student of another class, asked through this class: not in it.
    const outsider = await get(
      w.teacher.client,
      `/api/classes/${w.schoolClass.id}/students/${w.teacher.user.id}/practice`,
    );
    expect(outsider.statusCode).toBe(404);
    expect(errorOf(outsider).code).toBe('STUDENT_NOT_IN_CLASS');
  });

  describe('practise until mastery', () => {
    const today = vietnamDate(new Date());
    let goalId: string;

    it('refuses a due date in the past, a topic of another grade and a bad target, in Vietnamese', async () => {
      const url = `/api/classes/${w.schoolClass.id}/practice-goals`;
      const past = await post(w.teacher.client, url, { topicIds: [strong.id], dueOn: addDays(today, -1) });
      expect(past.statusCode).toBe(422);
      expect(errorOf(past)).toMatchObject({
        code: 'PRACTICE_GOAL_DUE_PAST',
        message: 'Hạn hoàn thành phải từ hôm nay trở đi.',
      });
      const grade7 = await t.db.topic.findFirstOrThrow({ where: { title: 'Số hữu tỉ' } });
      const wrongTopic = await post(w.teacher.client, url, { topicIds: [grade7.id], dueOn: today });
      expect(errorOf(wrongTopic).code).toBe('PRACTICE_GOAL_TOPIC_INVALID');
      expect(
        (await post(w.teacher.client, url, { topicIds: [strong.id], dueOn: today, target: 2 })).statusCode,
      ).toBe(400);
      expect(
        (await post(w.otherTeacher.client, url, { topicIds: [strong.id], dueOn: today })).statusCode,
      ).toBe(403);
      expect((await post(w.student.client, url, { topicIds: [strong.id], dueOn: today })).statusCode).toBe(
        403,
      );
    });

    it('sets a goal (audited) and shows who reached it, to the teacher and the students', async () => {
      const dueOn = addDays(today, 7);
      const created = await post(w.teacher.client, `/api/classes/${w.schoolClass.id}/practice-goals`, {
        topicIds: [strong.id],
        target: 0.8,
        dueOn,
      });
      expect(created.statusCode, created.body).toBe(200);
      goalId = created.json().id;
      expect(created.json()).toMatchObject({
        dueOn,
        target: 0.8,
        topics: [{ id: strong.id, title: 'Số tự nhiên' }],
      });
      const audit = await t.db.auditEntry.findFirstOrThrow({
        where: { action: 'practice_goal.create', resourceId: goalId },
      });
      expect(audit).toMatchObject({ actorId: w.teacher.user.id, schoolId: w.school.id });

      const table = (await get(w.teacher.client, `/api/classes/${w.schoolClass.id}/mastery`)).json();
      // 0.88 ≥ 0.8 reached; the classmate's 0.73 not yet.
      expect(table.goals).toEqual([expect.objectContaining({ id: goalId, reached: [w.student.user.id] })]);

      const mine = await get(w.student.client, '/api/me/practice-goals');
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().goals).toEqual([
        expect.objectContaining({ id: goalId, className: w.schoolClass.name, reached: true, dueOn }),
      ]);
      expect((await get(classmate.client, '/api/me/practice-goals')).json().goals[0].reached).toBe(false);
      expect((await get(w.teacher.client, '/api/me/practice-goals')).statusCode).toBe(403);
    });

    it('removes a goal: audited, only by those who follow the class', async () => {
      const remove = (client: typeof w.teacher.client) =>
        client.request({ method: 'DELETE', url: `/api/practice-goals/${goalId}` });
      expect((await remove(w.otherTeacher.client)).statusCode).toBe(403);
      expect((await remove(w.student.client)).statusCode).toBe(403);
      expect((await remove(w.teacher.client)).statusCode).toBe(200);
      expect(
        await t.db.auditEntry.count({ where: { action: 'practice_goal.delete', resourceId: goalId } }),
      ).toBe(1);
      const again = await remove(w.teacher.client);
      expect(again.statusCode).toBe(404);
      expect(errorOf(again).code).toBe('PRACTICE_GOAL_NOT_FOUND');
    });
  });
});

describe('question difficulty from graded tests', () => {
  const estimate = async (questionId: string) =>
    t.db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { estimatedDifficulty: true, difficultyAnswers: true },
    });
  let examItems: { questionId: string }[];

  beforeAll(async () => {
    examItems = [
      { questionId: ids.choice as string },
      { questionId: ids.short as string },
      { questionId: ids.essay as string },
    ];
  });

  async function takeAndSubmit(client: typeof w.student.client, assignmentId: string, rightChoice: boolean) {
    const view = (await post(client, `/api/assignments/${assignmentId}/attempts`)).json() as View;
    const key = view.questions.find((q) => q.type === 'single_choice')?.key as string;
    await client.request({
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      payload: {
        seq: 1,
        answers: [{ key, answer: { choice: optionId(view, key, rightChoice ? '4' : '8') } }],
      },
    });
    const submitted = await post(client, `/api/attempts/${view.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    return view.id;
  }

  it('moves the auto-graded questions after the submit, in the background, never the essay', async () => {
    const exam = await examWithVersion('difficulty', examItems);
    const assignment = await assign(exam.id);
    const attemptId = await takeAndSubmit(w.student.client, assignment.id, true);
    await vi.waitFor(
      async () => {
        const a = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
        expect(a.difficultyCountedAt).not.toBeNull();
      },
      { timeout: 10_000, interval: 100 },
    );
    // Right at even odds: 0 − 0.8 × (1 − 0.5); the blank short answer counts as wrong: 0 + 0.4.
    expect(await estimate(ids.choice as string)).toEqual({
      estimatedDifficulty: expect.closeTo(-0.4, 6),
      difficultyAnswers: 1,
    });
    expect(await estimate(ids.short as string)).toEqual({
      estimatedDifficulty: expect.closeTo(0.4, 6),
      difficultyAnswers: 1,
    });
    expect(await estimate(ids.essay as string)).toEqual({ estimatedDifficulty: null, difficultyAnswers: 0 });

    // The bank shows it on the card and the detail.
    const detail = (await get(w.teacher.client, `/api/questions/${ids.choice}`)).json();
    expect(detail).toMatchObject({ estimatedDifficulty: expect.closeTo(-0.4, 6), difficultyAnswers: 1 });
  });

  it('counts an attempt once, whatever the number of drains running at once', async () => {
    const before = await estimate(ids.choice as string);
    const exam = await examWithVersion('difficulty-twice', examItems);
    const assignment = await assign(exam.id);
    const attemptId = await takeAndSubmit(classmate.client, assignment.id, false);
    // Two more "processes" drain alongside the app's own background pass.
    const drains = [createTestDifficulty(t.db, silent), createTestDifficulty(t.db, silent)];
    await Promise.all(drains.map((d) => d.drain()));
    await vi.waitFor(
      async () => {
        const a = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
        expect(a.difficultyCountedAt).not.toBeNull();
      },
      { timeout: 10_000, interval: 100 },
    );
    const after = await estimate(ids.choice as string);
    expect(after.difficultyAnswers).toBe(before.difficultyAnswers + 1);
    // Wrong: harder than thought.
    expect(after.estimatedDifficulty).toBeGreaterThan(before.estimatedDifficulty as number);
    expect(await drains[0]?.drain()).toBe(0);
    expect((await estimate(ids.choice as string)).difficultyAnswers).toBe(before.difficultyAnswers + 1);
  });
});
