import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';

/**
 * Exam supervision (giám sát làm bài): the quiz page reports, with its saves, when it was hidden or
 * lost focus and for how long; the server records when an attempt is continued on another device and,
 * with "one device per attempt", refuses another device until the teacher unlocks. Nothing else is
 * collected: no user agent, no address, no picture.
 */

/**
 * The header carrying the browser's random device id (made once, kept in localStorage) on start,
 * read, save and submit of an attempt.
 */
export const DEVICE_HEADER = 'x-hoclieu-device';
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** At most this many events travel with one save; more wait for the next. */
export const MAX_EVENTS_PER_SAVE = 50;
/** A longer absence is recorded as this long (a day: no attempt lasts longer). */
export const MAX_AWAY_MS = 86_400_000;

export const pageEventKindSchema = z.enum(['hidden', 'blur']);
export const attemptEventKindSchema = z.enum([
  'hidden',
  'blur',
  'device_changed',
  'device_blocked',
  'device_unlocked',
]);
export type AttemptEventKind = z.infer<typeof attemptEventKindSchema>;

/**
 * One absence from the page as the page reports it. `id` is the page's own (random), so a replayed
 * save stores it once; sent first with `durationMs: null` when the page is hidden (it may never come
 * back), then again with the duration once it is back.
 */
export const pageEventSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
  kind: pageEventKindSchema,
  /** By the server's clock as the page estimates it; the server keeps it within the attempt. */
  at: z.iso.datetime({ offset: true }),
  durationMs: z.number().int().min(0).max(MAX_AWAY_MS).nullable(),
});
export type PageEvent = z.infer<typeof pageEventSchema>;

/** Per student on the results page: their latest attempt's supervision in numbers. */
export const supervisionSummarySchema = z.object({
  /** Times the page was hidden or lost focus. */
  awayCount: z.number().int(),
  /** Their total length, absences still going on not counted. */
  awayMs: z.number().int(),
  /** Times the attempt was continued on another device. */
  deviceChanges: z.number().int(),
  /** Another device is refused ("one device per attempt") until the teacher unlocks. */
  deviceBlocked: z.boolean(),
});
export type SupervisionSummary = z.infer<typeof supervisionSummarySchema>;

export const attemptSupervisionSchema = z.object({
  attemptId: uuidSchema,
  oneDevice: z.boolean(),
  deviceBlocked: z.boolean(),
  events: z.array(
    z.object({
      kind: attemptEventKindSchema,
      at: z.string(),
      durationMs: z.number().int().nullable(),
      /** Thiết bị 1, 2…: devices numbered in the order the attempt saw them, never their ids. */
      device: z.number().int().nullable(),
    }),
  ),
});
export type AttemptSupervision = z.infer<typeof attemptSupervisionSchema>;

const attemptParams = z.object({ attemptId: uuidSchema });
const tags = ['exams'];

export const supervisionEndpoints = {
  attemptEvents: endpoint({
    method: 'GET',
    path: '/api/attempts/:attemptId/events',
    summary: 'Nhật ký làm bài: rời trang, đổi thiết bị (giáo viên)',
    tags,
    auth: 'session',
    params: attemptParams,
    response: attemptSupervisionSchema,
  }),
  unlockDevice: endpoint({
    method: 'POST',
    path: '/api/attempts/:attemptId/unlock-device',
    summary: 'Mở khoá thiết bị: thiết bị mở bài tiếp theo được làm tiếp',
    tags,
    auth: 'session',
    params: attemptParams,
    response: attemptSupervisionSchema,
  }),
};
