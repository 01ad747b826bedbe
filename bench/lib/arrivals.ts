import { Client, type Dispatcher } from 'undici';
import { random as seededRandom } from '../generate/text.js';
import { type Measure, Recorder } from './stats.js';

/**
 * An open model with independent users: requests arrive as a Poisson process of `rate` a second in
 * all, each for a user drawn at random, so every user sends on its own random schedule (a student
 * tapping an answer now and then). autocannon's `overallRate` cannot model this: each connection
 * fires its quota for the second at the start of that second, so 2,000 connections send one
 * synchronised burst a second and the latencies measure the burst's queue, not the platform.
 *
 * Each user has its own HTTP/1.1 connection (undici `Client`, no pipelining): a request arriving
 * while the user's previous one is unanswered waits for it, as on a phone. A latency is counted
 * from the moment the request arrived, so waiting behind a slow answer counts too (no coordinated
 * omission).
 */
export interface ArrivalOptions<User> {
  url: string;
  users: User[];
  seconds: number;
  /** Requests a second, all users together. */
  rate: number;
  /** The request a user sends now; `done` judges the answer (default: status 200 succeeds). */
  request(user: User): { options: Dispatcher.RequestOptions; done?: (status: number) => boolean };
  /** Seed of the arrival times and user draws: the same seed gives the same schedule. */
  seed?: number;
  /** Ends the arrivals early (e.g. when the operation measured against finishes). */
  signal?: AbortSignal;
}

/** Milliseconds to the next arrival of a Poisson process of `rate` a second. */
export const nextGapMs = (rate: number, random: () => number) => (-Math.log(1 - random()) / rate) * 1000;

export async function runArrivals<User>(options: ArrivalOptions<User>): Promise<Measure> {
  const random = seededRandom(options.seed ?? 20_261_123);
  const clients = options.users.map(
    () => new Client(options.url, { pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 }),
  );
  try {
    // Connections are opened before the clock starts, as phones already hold theirs.
    await Promise.all(
      clients.map((client) =>
        client.request({ method: 'GET', path: '/api/health' }).then((r) => r.body.dump()),
      ),
    );
    const recorder = new Recorder();
    const pending = new Set<Promise<void>>();
    const send = (index: number, arrivedAt: number) => {
      const client = clients[index] as Client;
      const { options: request, done = (status) => status === 200 } = options.request(
        options.users[index] as User,
      );
      const answered = client.request(request).then(
        async (response) => {
          await response.body.dump();
          if (done(response.statusCode)) recorder.ok(performance.now() - arrivedAt);
          else recorder.fail();
        },
        () => recorder.fail(),
      );
      pending.add(answered);
      void answered.finally(() => pending.delete(answered));
    };
    const started = performance.now();
    const end = started + options.seconds * 1000;
    let next = started + nextGapMs(options.rate, random);
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        for (; next <= now && next < end; next += nextGapMs(options.rate, random)) {
          send(Math.floor(random() * clients.length), next);
        }
        if (next >= end || options.signal?.aborted) resolve();
        else setTimeout(tick, Math.max(0, next - now));
      };
      tick();
    });
    // What arrived is answered before the run ends: a backlog lengthens the run and its latencies.
    while (pending.size > 0) await Promise.all([...pending]);
    return recorder.done((performance.now() - started) / 1000);
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}
