import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '@hoclieu/db';
import { z } from 'zod';

/**
 * What the server served to whom: practice's answer route takes only a question it served to that
 * student, so a guessed question id gets nothing graded and no key. A ticket is the served facts
 * signed with a key derived from SESSION_SECRET (HMAC-SHA256), so no row is written per question
 * shown; a replay is caught by the answers already stored after `servedAt` (see answer.ts).
 */
const servedSchema = z.object({
  studentId: z.string(),
  questionId: z.string(),
  version: z.number().int(),
  servedAt: z.number().int(),
});
export type Served = z.infer<typeof servedSchema>;

/** A ticket older than this is refused: a page left open for a week starts again. */
const TICKET_LIFETIME_MS = 7 * 24 * 3_600_000;

export function createPracticeTickets(sessionSecret: string) {
  const key = createHmac('sha256', sessionSecret).update('practice-tickets').digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  return {
    issue(served: Served): string {
      const payload = Buffer.from(JSON.stringify(served)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    /** The served facts, or null when the ticket is forged, damaged or too old. */
    read(ticket: string, now: Date): Served | null {
      const [payload, mac, ...rest] = ticket.split('.');
      if (!payload || !mac || rest.length > 0) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(mac);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const served = servedSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
        const age = now.getTime() - served.servedAt;
        return age >= -60_000 && age <= TICKET_LIFETIME_MS ? served : null;
      } catch {
        return null;
      }
    },
  };
}

type PracticeTickets = ReturnType<typeof createPracticeTickets>;

/** What the practice services work with: the database, the clock and the tickets. */
export interface PracticeDeps {
  db: Db;
  clock: () => Date;
  tickets: PracticeTickets;
}
