import { DEVICE_HEADER } from '@hoclieu/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileAssessmentWorld, optionId, type View } from '../test/assessment-world.js';
import type { Client } from '../test/helpers.js';
import { post } from '../test/question-fixtures.js';

/**
 * "One device per attempt": another device (or a request naming none) is refused
 * on read, save and submit until a teacher who manages the assignment unlocks; a student cannot
 * unlock, nor can a teacher or admin of another school, and none of them reads the attempt's events.
 */
const { t, w, classmate, examWithVersion, assign } = await fileAssessmentWorld();

const PHONE = 'phone-lock-0001';
const LAPTOP = 'laptop-lock-0002';

const on = (client: Client, device: string | null): Client => ({
  userId: client.userId,
  request: (options) =>
    client.request({
      ...options,
      headers: { ...options.headers, ...(device ? { [DEVICE_HEADER]: device } : {}) },
    }),
});
/** Real time moves between a refusal and an unlock: the events are ordered by their instants. */
const tick = () => {
  t.clock.now = new Date(t.clock.now.getTime() + 1_000);
};
const code = (response: { json: () => unknown }) =>
  (response.json() as { error?: { code?: string } }).error?.code;

describe('one device per attempt', () => {
  let assignmentId: string;
  let view: View;
  let choiceKey: string;
  const phone = () => on(w.student.client, PHONE);
  const laptop = () => on(w.student.client, LAPTOP);
  const saveFrom = (client: Client, seq: number) =>
    client.request({
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      payload: {
        seq,
        answers: [{ key: choiceKey, answer: { choice: optionId(view, choiceKey, '4') } }],
        events: [{ id: `ev-lock-${seq}-000`, kind: 'blur', at: t.clock.now.toISOString(), durationMs: 1 }],
      },
    });
  const results = async (client: Client) =>
    client.request({ method: 'GET', url: `/api/assignments/${assignmentId}/results` });
  const blocked = async () =>
    (
      (await results(w.teacher.client)).json() as {
        students: { studentId: string; supervision: { deviceBlocked: boolean } | null }[];
      }
    ).students.find((s) => s.studentId === w.student.user.id)?.supervision?.deviceBlocked;

  beforeAll(async () => {
    const exam = await examWithVersion('lock');
    const assigned = await assign(exam.id, { oneDevice: true });
    assignmentId = assigned.id;
    expect((assigned as { oneDevice?: boolean }).oneDevice).toBe(true);
    const start = await post(phone(), `/api/assignments/${assignmentId}/attempts`);
    expect(start.statusCode, start.body).toBe(200);
    view = start.json();
    choiceKey = view.questions.find((q) => q.type === 'single_choice')?.key as string;
    expect((await saveFrom(phone(), 1)).statusCode).toBe(200);
  });

  it('refuses another device, and a request naming no device, on start, read, save and submit', async () => {
    for (const other of [laptop(), on(w.student.client, null)]) {
      tick();
      const refused = [
        await post(other, `/api/assignments/${assignmentId}/attempts`),
        await other.request({ method: 'GET', url: `/api/attempts/${view.id}` }),
        await saveFrom(other, 2),
        await post(other, `/api/attempts/${view.id}/submit`),
      ];
      for (const r of refused) {
        expect(r.statusCode, r.body).toBe(409);
        expect(code(r)).toBe('ATTEMPT_DEVICE_LOCKED');
        expect(r.body).toContain('giáo viên');
      }
    }
    // Nothing of the refused saves was kept; the phone goes on.
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: view.id } })).lastSeq).toBe(1);
    expect((await phone().request({ method: 'GET', url: `/api/attempts/${view.id}` })).statusCode).toBe(200);
    expect((await saveFrom(phone(), 3)).statusCode).toBe(200);
    expect(await blocked()).toBe(true);
    // One "refused" line per device, however often it retried.
    const refusals = await t.db.attemptEvent.count({ where: { attemptId: view.id, kind: 'device_blocked' } });
    expect(refusals).toBe(2);
  });

  it('lets neither the student, a classmate nor another school read the events or unlock', async () => {
    const outsiders = [w.student.client, classmate.client, w.otherTeacher.client, w.otherSchoolAdmin.client];
    for (const client of outsiders) {
      const events = await client.request({ method: 'GET', url: `/api/attempts/${view.id}/events` });
      const unlock = await post(client, `/api/attempts/${view.id}/unlock-device`);
      expect([events.statusCode, unlock.statusCode], `${events.body} ${unlock.body}`).toEqual([403, 403]);
      expect(events.body).not.toContain('blur');
    }
    // The student's own payloads carry no events either.
    const own = await phone().request({ method: 'GET', url: `/api/attempts/${view.id}` });
    expect(own.body).not.toMatch(/"events"|device|blur|PHONE|LAPTOP/i);
    expect((await laptop().request({ method: 'GET', url: `/api/attempts/${view.id}` })).statusCode).toBe(409);
    expect(await t.db.auditEntry.count({ where: { action: 'attempt.device_unlocked' } })).toBe(0);
  });

  it("after the teacher's unlock, the next device that opens the attempt takes it over", async () => {
    tick();
    const unlock = await post(w.teacher.client, `/api/attempts/${view.id}/unlock-device`);
    expect(unlock.statusCode, unlock.body).toBe(200);
    expect(unlock.json()).toMatchObject({ oneDevice: true, deviceBlocked: false });
    expect(await blocked()).toBe(false);
    const audit = await t.db.auditEntry.findMany({ where: { action: 'attempt.device_unlocked' } });
    expect(audit.map((a) => [a.actorId, a.resourceId])).toEqual([[w.teacher.user.id, view.id]]);

    tick();
    const taken = await laptop().request({ method: 'GET', url: `/api/attempts/${view.id}` });
    expect(taken.statusCode, taken.body).toBe(200);
    expect((await saveFrom(laptop(), 4)).statusCode).toBe(200);
    // Now the phone is the other device.
    tick();
    const phoneSave = await saveFrom(phone(), 5);
    expect([phoneSave.statusCode, code(phoneSave)]).toEqual([409, 'ATTEMPT_DEVICE_LOCKED']);
    const timeline = await w.teacher.client.request({
      method: 'GET',
      url: `/api/attempts/${view.id}/events`,
    });
    const kinds = (timeline.json() as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('device_'))).toEqual([
      'device_blocked',
      'device_blocked',
      'device_unlocked',
      'device_changed',
      'device_blocked',
    ]);
    // The school admin of the class may unlock too; then the phone submits.
    expect((await post(w.schoolAdmin.client, `/api/attempts/${view.id}/unlock-device`)).statusCode).toBe(200);
    const submitted = await post(phone(), `/api/attempts/${view.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
  });

  it('lets exactly one of several devices racing after an unlock take the attempt over', async () => {
    const exam = await examWithVersion('race');
    const raced = await assign(exam.id, { oneDevice: true });
    const started = (await post(phone(), `/api/assignments/${raced.id}/attempts`)).json() as View;
    tick();
    expect((await post(w.teacher.client, `/api/attempts/${started.id}/unlock-device`)).statusCode).toBe(200);
    const devices = Array.from({ length: 6 }, (_, i) => on(w.student.client, `racer-device-${i}`));
    tick();
    const answers = await Promise.all(
      devices.map((device) =>
        device.request({
          method: 'PUT',
          url: `/api/attempts/${started.id}/answers`,
          payload: { seq: 0, answers: [] },
        }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = devices[answers.findIndex((r) => r.statusCode === 200)];
    expect((await winner?.request({ method: 'GET', url: `/api/attempts/${started.id}` }))?.statusCode).toBe(
      200,
    );
    expect((await phone().request({ method: 'GET', url: `/api/attempts/${started.id}` })).statusCode).toBe(
      409,
    );
  });
});
