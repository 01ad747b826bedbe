import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/api-error';
import {
  type AnswerQueueOptions,
  createAnswerQueue,
  type SaveBatch,
  storageKeyOf,
} from '../src/quiz-app/answer-queue';

const ATTEMPT = '7d0c2a52-6a2a-4d38-9a55-4c5b0a0f3b99';

/** A device's storage; `saved`, the queue an earlier visit left there for this attempt. */
function memoryStorage(saved?: object) {
  const items = new Map<string, string>();
  if (saved) items.set(storageKeyOf(ATTEMPT), JSON.stringify(saved));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    stored: () => JSON.parse(items.get(storageKeyOf(ATTEMPT)) ?? 'null'),
  };
}

/** A server whose answers the test decides, one save at a time. */
function fakeServer() {
  const batches: SaveBatch[] = [];
  const replies: ((outcome: { ok: true } | { error: unknown }) => void)[] = [];
  const send = (batch: SaveBatch) => {
    batches.push(structuredClone(batch));
    return new Promise<{ seq: number; savedAt: string }>((resolve, reject) => {
      replies.push((outcome) =>
        'ok' in outcome
          ? resolve({ seq: batch.seq, savedAt: '2026-11-20T08:00:00.000Z' })
          : reject(outcome.error),
      );
    });
  };
  const answer = async (outcome: { ok: true } | { error: unknown }) => {
    const reply = replies.shift();
    if (!reply) throw new Error('no save is waiting for an answer');
    reply(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { send, batches, answer, waiting: () => replies.length };
}

const offline = () => new ApiError('NETWORK_ERROR', 0);
const closed = () => new ApiError('ATTEMPT_CLOSED', 409);

function setup(options: Partial<AnswerQueueOptions> = {}) {
  const server = fakeServer();
  const storage = memoryStorage();
  const queue = createAnswerQueue({ attemptId: ATTEMPT, send: server.send, storage, ...options });
  queue.resume({ answers: {}, seq: 0 });
  queue.start();
  return { server, storage, queue };
}

/** A queue opened after a reload, on a device where a queue of this attempt had stored `saved` (not resumed). */
function reloadedQueue(saved: object) {
  const server = fakeServer();
  const storage = memoryStorage(saved);
  const queue = createAnswerQueue({ attemptId: ATTEMPT, send: server.send, storage });
  return { server, storage, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('answer queue', () => {
  it('stores each change before sending, then sends one debounced batch, oldest first', async () => {
    const { server, storage, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    queue.set('2', { text: '0,5' });
    queue.set('1', { choice: 'opt-id-C' });

    expect(storage.stored()).toEqual({
      seq: 3,
      ackedSeq: 0,
      pending: {
        '1': { answer: { choice: 'opt-id-C' }, seq: 3 },
        '2': { answer: { text: '0,5' }, seq: 2 },
      },
    });
    expect(queue.getState()).toMatchObject({ status: 'saving', pending: 2 });
    await vi.advanceTimersByTimeAsync(299);
    expect(server.batches).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toEqual([
      {
        seq: 3,
        answers: [
          { key: '2', answer: { text: '0,5' } },
          { key: '1', answer: { choice: 'opt-id-C' } },
        ],
      },
    ]);
    await server.answer({ ok: true });
    expect(queue.getState()).toEqual({ status: 'saved', pending: 0, savedAt: '2026-11-20T08:00:00.000Z' });
    expect(storage.stored()).toEqual({ seq: 3, ackedSeq: 3, pending: {} });
  });

  it('saves at least every two seconds while the student keeps typing', async () => {
    const { server, queue } = setup();
    for (let i = 1; i <= 12; i++) {
      queue.set('5', { text: 'x'.repeat(i) });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(server.batches.map((batch) => batch.seq)).toEqual([10]);
  });

  it('keeps an answer changed while its save travels, and sends it next', async () => {
    const { server, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    await vi.advanceTimersByTimeAsync(300);
    queue.set('1', { choice: 'opt-id-B' });
    await server.answer({ ok: true });
    expect(queue.getState()).toMatchObject({ status: 'saving', pending: 1 });

    await vi.advanceTimersByTimeAsync(300);
    expect(server.batches.at(-1)).toEqual({
      seq: 2,
      answers: [{ key: '1', answer: { choice: 'opt-id-B' } }],
    });
    await server.answer({ ok: true });
    expect(queue.getState().status).toBe('saved');
  });

  it('keeps failed saves, retries them with backoff, and at once when back online', async () => {
    const { server, storage, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    await vi.advanceTimersByTimeAsync(300);
    await server.answer({ error: offline() });
    expect(queue.getState()).toMatchObject({ status: 'offline', pending: 1 });

    // New answers wait for the retry rather than hammering a dead network.
    queue.set('2', { choice: 'opt-id-D' });
    expect(storage.stored().pending['2']).toEqual({ answer: { choice: 'opt-id-D' }, seq: 2 });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toHaveLength(2);
    await server.answer({ error: new ApiError('SERVICE_UNAVAILABLE', 503) });
    expect(queue.getState()).toMatchObject({ status: 'offline', pending: 2 });

    // The second backoff would be two seconds; the browser says it is online again first.
    queue.retryNow();
    expect(server.batches).toHaveLength(3);
    expect(server.batches.at(-1)?.seq).toBe(2);
    await server.answer({ ok: true });
    expect(queue.getState()).toMatchObject({ status: 'saved', pending: 0 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.batches).toHaveLength(3);
  });

  it('flush sends at once and resolves only when everything is acknowledged', async () => {
    const { server, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    let outcome: string | null = null;
    void queue.flush().then((value) => {
      outcome = value;
    });
    expect(server.batches).toHaveLength(1);
    await server.answer({ error: offline() });
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    await server.answer({ ok: true });
    expect(outcome).toBe('saved');
  });

  it('a refused save (not the network) ends a flush as "refused" and keeps the answer', async () => {
    const { server, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    const flushed = queue.flush();
    await server.answer({ error: new ApiError('VALIDATION_FAILED', 400) });
    await expect(flushed).resolves.toBe('refused');
    expect(queue.getState()).toMatchObject({ status: 'failing', pending: 1 });
  });

  it('stops for good on 409 ATTEMPT_CLOSED', async () => {
    const { server, queue } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    await vi.advanceTimersByTimeAsync(300);
    await server.answer({ error: closed() });
    expect(queue.getState().status).toBe('closed');

    queue.set('2', { choice: 'opt-id-B' });
    await vi.advanceTimersByTimeAsync(60_000);
    queue.retryNow();
    expect(server.batches).toHaveLength(1);
    await expect(queue.flush()).resolves.toBe('closed');
  });

  it('drops answers a queue stored by letter before options went by ids (the server refuses letters)', () => {
    const { queue } = reloadedQueue({
      seq: 3,
      ackedSeq: 0,
      pending: {
        '1': { answer: { choice: 'B' }, seq: 1 },
        '2': { answer: { choices: ['opt-id-A', 'C'] }, seq: 2 },
        '3': { answer: { text: '12' }, seq: 3 },
      },
    });
    expect(queue.resume({ seq: 0, answers: {} })).toEqual({ '3': { text: '12' } });
  });

  it('on resume, overlays answers queued on this device that are newer than the server', async () => {
    const { server, storage, queue } = reloadedQueue({
      seq: 7,
      ackedSeq: 2,
      pending: {
        '1': { answer: { choice: 'opt-id-C' }, seq: 6 },
        '2': { answer: { choice: 'opt-id-A' }, seq: 3 },
        '4': { answer: null, seq: 7 },
      },
    });
    const answers = queue.resume({
      seq: 4,
      answers: {
        '1': { choice: 'opt-id-B' },
        '2': { choice: 'opt-id-D' },
        '3': { text: '12' },
        '4': { choice: 'opt-id-A' },
      },
    });

    // "2" at seq 3 is not above the server's 4: the server has it, or something newer.
    expect(answers).toEqual({
      '1': { choice: 'opt-id-C' },
      '2': { choice: 'opt-id-D' },
      '3': { text: '12' },
    });
    expect(queue.getState()).toMatchObject({ status: 'saving', pending: 2 });
    expect(server.batches).toHaveLength(0);

    queue.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.batches).toEqual([
      {
        seq: 7,
        answers: [
          { key: '1', answer: { choice: 'opt-id-C' } },
          { key: '4', answer: null },
        ],
      },
    ]);
    await server.answer({ ok: true });
    queue.set('3', { text: '13' });
    expect(storage.stored().pending['3'].seq).toBe(8);
  });

  it('continues above the server seq when another device saved last', () => {
    const { queue, storage } = setup();
    queue.resume({ answers: {}, seq: 41 });
    queue.set('1', { choice: 'opt-id-A' });
    expect(storage.stored().pending['1'].seq).toBe(42);
  });

  it('sends at most 300 answers per save, the oldest first', async () => {
    const { server, queue } = setup();
    for (let i = 1; i <= 301; i++) queue.set(String(i), { text: String(i) });
    void queue.flush();
    expect(server.batches[0]?.answers).toHaveLength(300);
    expect(server.batches[0]?.seq).toBe(300);
    await server.answer({ ok: true });
    expect(server.batches[1]).toEqual({ seq: 301, answers: [{ key: '301', answer: { text: '301' } }] });
  });

  it('does not send while stopped; what is stored waits for the next start', async () => {
    const { server, queue, storage } = setup();
    queue.stop();
    queue.set('1', { choice: 'opt-id-A' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.batches).toHaveLength(0);
    expect(storage.stored().pending['1']).toBeDefined();
    queue.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.batches).toHaveLength(1);
  });

  it('forgets the stored copy once nothing is pending', async () => {
    const { server, queue, storage } = setup();
    queue.set('1', { choice: 'opt-id-A' });
    queue.forget();
    expect(storage.stored()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    await server.answer({ ok: true });
    queue.forget();
    expect(storage.stored()).toBeNull();
  });
});
