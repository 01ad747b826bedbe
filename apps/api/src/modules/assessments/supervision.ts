import {
  type AttemptSupervision,
  DEVICE_HEADER,
  deviceIdSchema,
  type PageEvent,
  type SupervisionSummary,
} from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { Actor } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { AssignmentService } from './assignments.js';
import { claimDevice, recordBlocked, refusalOf } from './attempt-events-sql.js';
import type { StoredPageEvent } from './attempt-sql.js';
import { SaveLimitedError } from './save-limit.js';

/**
 * Exam supervision, what Vietnamese teachers know from Azota: absences from the
 * quiz page reported with the saves, an attempt continued on another device, and "one device per
 * attempt" with the teacher's unlock. Only these events are kept: no user agent, address or picture.
 */

/** The browser's device id from its header: absent is allowed (it then never takes an attempt over). */
export function deviceOf(headers: Record<string, string | string[] | undefined>): string | null {
  const raw = headers[DEVICE_HEADER];
  if (raw === undefined) return null;
  const parsed = deviceIdSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', [{ path: DEVICE_HEADER, message: 'invalid device id' }]);
  return parsed.data;
}

/** The device may use the open attempt (taking it over if it may), or ATTEMPT_DEVICE_LOCKED. */
export async function guardDevice(sql: Sql, attemptId: string, device: string | null, now: Date) {
  if (await claimDevice(sql, attemptId, device, now)) return;
  await recordBlocked(sql, attemptId, device, now);
  throw new AppError('ATTEMPT_DEVICE_LOCKED');
}

/** A save no row came back for: closed, over its save limit, or the device refused (recorded for the teacher). */
export async function refusedSave(
  sql: Sql,
  save: { attemptId: string; device: string | null; notBefore: Date; now: Date },
): Promise<never> {
  const refusal = await refusalOf(sql, save.attemptId, save.notBefore, save.now);
  if (typeof refusal === 'object') throw new SaveLimitedError(refusal.limitedForSeconds);
  if (refusal === 'device') {
    await recordBlocked(sql, save.attemptId, save.device, save.now);
    throw new AppError('ATTEMPT_DEVICE_LOCKED');
  }
  throw new AppError('ATTEMPT_CLOSED');
}

/** A page's clock may be off: an absence is kept within the attempt and never in the future. */
const SKEW_MS = 60_000;

/**
 * The page's events bounded for the statement: instants no later than now, lengths no longer than
 * the time since they began, one row per id (the completed one wins; a statement may touch a row once).
 */
export function pageEventsOf(events: PageEvent[], now: Date): StoredPageEvent[] {
  const byId = new Map<string, StoredPageEvent>();
  for (const e of events) {
    const at = Math.min(Date.parse(e.at), now.getTime());
    if (Number.isNaN(at) || at < now.getTime() - 86_400_000 - SKEW_MS) continue;
    const durationMs = e.durationMs === null ? null : Math.min(e.durationMs, now.getTime() - at + SKEW_MS);
    const previous = byId.get(e.id);
    if (previous && previous.durationMs !== null && durationMs === null) continue;
    byId.set(e.id, { id: e.id, kind: e.kind, at: new Date(at), durationMs });
  }
  return [...byId.values()];
}

const AWAY = new Set(['hidden', 'blur']);

/** Per attempt shown on the results page, from one grouped read of their events. */
export async function supervisionSummaries(
  db: Db,
  attempts: { id: string; status: string; oneDevice: boolean }[],
): Promise<Map<string, SupervisionSummary>> {
  const groups = attempts.length
    ? await db.attemptEvent.groupBy({
        by: ['attemptId', 'kind'],
        where: { attemptId: { in: attempts.map((a) => a.id) } },
        _count: { _all: true },
        _sum: { durationMs: true },
        _max: { at: true },
      })
    : [];
  const summaries = new Map<string, SupervisionSummary>();
  for (const a of attempts) {
    const mine = groups.filter((g) => g.attemptId === a.id);
    const last = (kinds: string[]) =>
      Math.max(
        -Infinity,
        ...mine.filter((g) => kinds.includes(g.kind)).map((g) => g._max.at?.getTime() ?? -Infinity),
      );
    summaries.set(a.id, {
      awayCount: mine.filter((g) => AWAY.has(g.kind)).reduce((n, g) => n + g._count._all, 0),
      awayMs: mine.filter((g) => AWAY.has(g.kind)).reduce((n, g) => n + (g._sum.durationMs ?? 0), 0),
      deviceChanges: mine.find((g) => g.kind === 'device_changed')?._count._all ?? 0,
      deviceBlocked:
        a.oneDevice &&
        a.status === 'open' &&
        last(['device_blocked']) > last(['device_unlocked', 'device_changed']),
    });
  }
  return summaries;
}

/** The teacher's side: an attempt's timeline and the unlock of "one device per attempt". */
export function createSupervisionService(db: Db, assignments: AssignmentService, clock: () => Date) {
  async function managedAttempt(actor: Actor, attemptId: string) {
    const a = await db.attempt.findUnique({
      where: { id: attemptId },
      select: { id: true, assignmentId: true, status: true, deviceId: true },
    });
    if (!a) throw new AppError('ATTEMPT_NOT_FOUND');
    const assignment = await assignments.managed(actor, a.assignmentId);
    return { attempt: a, assignment };
  }

  async function timelineOf(
    attemptId: string,
    status: string,
    oneDevice: boolean,
  ): Promise<AttemptSupervision> {
    const events = await db.attemptEvent.findMany({
      where: { attemptId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      take: 2500,
    });
    // Devices by number in the order the attempt saw them: the ids themselves stay on the server.
    const numbers = new Map<string, number>();
    const numberOf = (device: string | null) => {
      if (device === null) return null;
      if (!numbers.has(device)) numbers.set(device, numbers.size + 1);
      return numbers.get(device) ?? null;
    };
    const summary = (await supervisionSummaries(db, [{ id: attemptId, status, oneDevice }])).get(attemptId);
    return {
      attemptId,
      oneDevice,
      deviceBlocked: summary?.deviceBlocked ?? false,
      events: events.map((e) => ({
        kind: e.kind,
        at: e.at.toISOString(),
        durationMs: e.durationMs,
        device: numberOf(e.deviceId),
      })),
    };
  }

  return {
    async timeline(actor: Actor, attemptId: string): Promise<AttemptSupervision> {
      const { attempt, assignment } = await managedAttempt(actor, attemptId);
      return timelineOf(attemptId, attempt.status, assignment.oneDevice);
    },

    /**
     * Lets the next device that opens the attempt take it over (the student's phone died, they moved
     * to another computer). Audited; harmless to repeat.
     */
    async unlock(actor: Actor, attemptId: string): Promise<AttemptSupervision> {
      const { attempt, assignment } = await managedAttempt(actor, attemptId);
      const exam = await db.exam.findUniqueOrThrow({
        where: { id: assignment.examId },
        select: { provinceId: true, districtId: true, schoolId: true },
      });
      await db.$transaction(async (tx) => {
        await tx.attempt.update({ where: { id: attemptId }, data: { deviceUnlocked: true } });
        await tx.attemptEvent.create({ data: { attemptId, kind: 'device_unlocked', at: clock() } });
        await recordAudit(tx, {
          actor,
          action: 'attempt.device_unlocked',
          resourceType: 'attempt',
          resourceId: attemptId,
          scope: exam,
          details: { assignmentId: assignment.id, status: attempt.status },
        });
      });
      return timelineOf(attemptId, attempt.status, assignment.oneDevice);
    },
  };
}
