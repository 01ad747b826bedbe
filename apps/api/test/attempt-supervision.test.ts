import { DEVICE_HEADER } from '@hoclieu/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileAssessmentWorld, type View } from './assessment-world.js';
import type { Client } from './helpers.js';
import { post } from './question-fixtures.js';

/**
 * Exam supervision: absences from the quiz page travel with the saves and reach
 * the teacher's results; a replayed save stores nothing twice; an attempt continued on another
 * device is recorded.
 */
const { t, w, examWithVersion, assign } = await fileAssessmentWorld();

const PHONE = 'phone-device-0001';
const LAPTOP = 'laptop-device-0002';

/** The student's client speaking as one browser. */
const on = (client: Client, device: string): Client => ({
  userId: client.userId,
  request: (options) =>
    client.request({ ...options, headers: { ...options.headers, [DEVICE_HEADER]: device } }),
});

/** The app's clock moved on; an instant relative to it. */
const tick = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};
const at = (fromNow: number) => new Date(t.clock.now.getTime() + fromNow).toISOString();

const save = (client: Client, attemptId: string, payload: object) =>
  client.request({ method: 'PUT', url: `/api/attempts/${attemptId}/answers`, payload });

type Students = { studentId: string; supervision: Record<string, unknown> | null }[];

describe('exam supervision', () => {
  let assignmentId: string;
  let view: View;
  const phone = () => on(w.student.client, PHONE);

  beforeAll(async () => {
    const exam = await examWithVersion('sup');
    assignmentId = (await assign(exam.id)).id;
    const start = await post(phone(), `/api/assignments/${assignmentId}/attempts`);
    expect(start.statusCode, start.body).toBe(200);
    view = start.json();
  });

  const results = async () => {
    const r = await w.teacher.client.request({
      method: 'GET',
      url: `/api/assignments/${assignmentId}/results`,
    });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { students: Students }).students.find((s) => s.studentId === w.student.user.id);
  };
  const timeline = async () => {
    const r = await w.teacher.client.request({ method: 'GET', url: `/api/attempts/${view.id}/events` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as {
      oneDevice: boolean;
      deviceBlocked: boolean;
      events: { kind: string; at: string; durationMs: number | null; device: number | null }[];
    };
  };

  it('remembers the device the attempt was started on', async () => {
    const row = await t.db.attempt.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.deviceId).toBe(PHONE);
  });

  it('takes absences with a save (even one without answers) and shows them to the teacher', async () => {
    // The page's instants by the server's clock, after the start (earlier ones are moved to the start).
    const hiddenAt = at(30_000);
    tick(60_000);
    // The page is hidden: the absence goes out at once, its length not known yet.
    const first = await save(phone(), view.id, {
      seq: 0,
      answers: [],
      events: [{ id: 'ev-hidden-01', kind: 'hidden', at: hiddenAt, durationMs: null }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect((await timeline()).events).toEqual([
      { kind: 'hidden', at: hiddenAt, durationMs: null, device: 1 },
    ]);
    // Back on the page: the same event completed, and a short loss of focus.
    tick(30_000);
    const back = await save(phone(), view.id, {
      seq: 0,
      answers: [],
      events: [
        { id: 'ev-hidden-01', kind: 'hidden', at: hiddenAt, durationMs: 12_000 },
        { id: 'ev-blur-0002', kind: 'blur', at: at(-10_000), durationMs: 3_000 },
      ],
    });
    expect(back.statusCode, back.body).toBe(200);
    const events = (await timeline()).events;
    expect(events.map((e) => [e.kind, e.durationMs])).toEqual([
      ['hidden', 12_000],
      ['blur', 3_000],
    ]);
    expect((await results())?.supervision).toEqual({
      awayCount: 2,
      awayMs: 15_000,
      deviceChanges: 0,
      deviceBlocked: false,
    });
  });

  it('stores a replayed save once and never reopens a completed absence', async () => {
    const replay = {
      seq: 0,
      answers: [],
      events: [{ id: 'ev-hidden-01', kind: 'hidden', at: at(0), durationMs: null }],
    };
    expect((await save(phone(), view.id, replay)).statusCode).toBe(200);
    expect((await save(phone(), view.id, replay)).statusCode).toBe(200);
    const events = (await timeline()).events;
    expect(events).toHaveLength(2);
    expect(events[0]?.durationMs).toBe(12_000);
    // The same id twice in one batch: one row, the completed one.
    const twice = await save(phone(), view.id, {
      seq: 0,
      answers: [],
      events: [
        { id: 'ev-twice-0003', kind: 'blur', at: at(0), durationMs: 1_000 },
        { id: 'ev-twice-0003', kind: 'blur', at: at(0), durationMs: null },
      ],
    });
    expect(twice.statusCode, twice.body).toBe(200);
    expect((await timeline()).events.filter((e) => e.durationMs === 1_000)).toHaveLength(1);
  });

  it('bounds what the page sends: the clock, the length, the number of events', async () => {
    tick(10_000);
    const future = at(3_600_000);
    const r = await save(phone(), view.id, {
      seq: 0,
      answers: [],
      events: [{ id: 'ev-future-04', kind: 'blur', at: future, durationMs: 86_400_000 }],
    });
    expect(r.statusCode, r.body).toBe(200);
    const stored = await t.db.attemptEvent.findFirstOrThrow({ where: { clientId: 'ev-future-04' } });
    expect(stored.at.getTime()).toBe(t.clock.now.getTime());
    expect(stored.durationMs).toBeLessThanOrEqual(60_000);
    const many = Array.from({ length: 51 }, (_, i) => ({
      id: `ev-many-${String(i).padStart(4, '0')}`,
      kind: 'blur',
      at: at(0),
      durationMs: 1,
    }));
    expect((await save(phone(), view.id, { seq: 0, answers: [], events: many })).statusCode).toBe(400);
    const bad = await post(on(w.student.client, 'x'), `/api/attempts/${view.id}/submit`);
    expect(bad.statusCode).toBe(400);
  });

  it('without "one device", another device continues and the change is recorded', async () => {
    const laptop = on(w.student.client, LAPTOP);
    tick(60_000);
    const read = await laptop.request({ method: 'GET', url: `/api/attempts/${view.id}` });
    expect(read.statusCode, read.body).toBe(200);
    // Saving from the laptop again is no second change.
    const r = await save(laptop, view.id, {
      seq: 0,
      answers: [],
      events: [{ id: 'ev-laptop-05', kind: 'hidden', at: at(0), durationMs: 2_000 }],
    });
    expect(r.statusCode, r.body).toBe(200);
    const events = (await timeline()).events;
    expect(events.filter((e) => e.kind === 'device_changed')).toEqual([
      expect.objectContaining({ kind: 'device_changed', device: 2 }),
    ]);
    expect(events.find((e) => e.durationMs === 2_000)?.device).toBe(2);
    expect((await results())?.supervision).toMatchObject({ deviceChanges: 1, deviceBlocked: false });
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: view.id } })).deviceId).toBe(LAPTOP);
    // And the answers still flow from either.
    expect((await post(laptop, `/api/attempts/${view.id}/submit`)).statusCode).toBe(200);
  });
});
