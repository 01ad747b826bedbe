import { Pool } from 'undici';
import { runArrivals } from '../lib/arrivals.js';
import type { BenchContext } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import type { Measure } from '../lib/stats.js';
import { examStudents, resetExam } from './exam.js';

export interface Taker {
  session: BenchSession;
  attemptId: string;
  keys: string[];
  /** This attempt's option ids per item key (the paper names options by per-attempt ids). */
  options: Record<string, string[]>;
  seq: number;
}

/** Acknowledged saves: per attempt and item key, the highest seq the API answered 200 for. */
export type Acknowledged = Map<string, number>;

/** `count` students of the district exam, each with an open attempt (started through the API). */
export async function openAttempts(ctx: BenchContext, count: number): Promise<Taker[]> {
  await resetExam(ctx);
  const sessions = await ctx.sessions(await examStudents(ctx, count));
  const takers: Taker[] = [];
  const client = new Pool(ctx.api.url, { connections: 16 });
  for (let i = 0; i < sessions.length; i += 50) {
    const batch = await Promise.all(
      sessions.slice(i, i + 50).map(async (session) => {
        const response = await client.request({
          method: 'POST',
          path: `/api/assignments/${ctx.facts.exam.assignmentId}/attempts`,
          headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        });
        const view = (await response.body.json()) as {
          id: string;
          questions: { key: string; options: { id: string }[] }[];
        };
        if (response.statusCode !== 200) throw new Error(`start failed: ${response.statusCode}`);
        return {
          session,
          attemptId: view.id,
          keys: view.questions.map((q) => q.key),
          options: Object.fromEntries(view.questions.map((q) => [q.key, q.options.map((o) => o.id)])),
          seq: 0,
        };
      }),
    );
    takers.push(...batch);
  }
  await client.close();
  return takers;
}

/**
 * Takers save answers for `seconds`, `rate` saves a second in all, each on its own connection and
 * its own random schedule (Poisson arrivals, see lib/arrivals.ts). Returns the latencies and
 * records every acknowledged (attempt, key, seq).
 */
export async function saveContinuously(
  ctx: BenchContext,
  takers: Taker[],
  seconds: number,
  acknowledged: Acknowledged,
  /** Saves per second offered by all takers together (each phone saves on its student's taps). */
  rate: number,
  /** Stops the saves before `seconds` when aborted. */
  signal?: AbortSignal,
): Promise<Measure> {
  return runArrivals({
    url: ctx.api.url,
    users: takers,
    seconds,
    rate,
    ...(signal ? { signal } : {}),
    request(taker) {
      taker.seq += 1;
      const seq = taker.seq;
      const key = taker.keys[seq % taker.keys.length] ?? '1';
      const ids = taker.options[key] ?? [];
      const answer = ids.length ? { choice: ids[seq % ids.length] } : { text: String(seq) };
      return {
        options: {
          method: 'PUT',
          path: `/api/attempts/${taker.attemptId}/answers`,
          headers: {
            cookie: taker.session.cookie,
            'x-csrf-token': taker.session.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ seq, answers: [{ key, answer }] }),
        },
        done(status) {
          if (status !== 200) return false;
          const id = `${taker.attemptId}:${key}`;
          acknowledged.set(id, Math.max(acknowledged.get(id) ?? 0, seq));
          return true;
        },
      };
    },
  });
}

/** Acknowledged saves whose answer is not in the database with at least that seq: must be 0. */
export async function lostSaves(
  ctx: BenchContext,
  acknowledged: Acknowledged,
): Promise<{ checked: number; lost: number }> {
  const rows = [...acknowledged].map(([id, seq]) => {
    const [attemptId, key] = id.split(':');
    return { attempt_id: attemptId, key, seq };
  });
  const { rows: result } = await ctx.pool.query<{ lost: number }>(
    `SELECT count(*)::int AS lost FROM jsonb_to_recordset($1::jsonb) AS a(attempt_id uuid, key text, seq int)
     LEFT JOIN "AttemptAnswer" s ON s."attemptId" = a.attempt_id AND s.key = a.key
     WHERE s.seq IS NULL OR s.seq < a.seq`,
    [JSON.stringify(rows)],
  );
  return { checked: rows.length, lost: result[0]?.lost ?? 0 };
}
