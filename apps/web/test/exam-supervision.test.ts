import type { PageEvent } from '@hoclieu/contracts';
import { DEVICE_HEADER as CONTRACT_HEADER, MAX_EVENTS_PER_SAVE as CONTRACT_MAX } from '@hoclieu/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/api-error';
import {
  classifySaveError,
  createAnswerQueue,
  MAX_EVENTS_PER_SAVE,
  type SaveBatch,
  storageKeyOf,
} from '../src/quiz-app/answer-queue';
import { MIN_BLUR_MS, trackAway } from '../src/quiz-app/away-tracker';
import { DEVICE_HEADER, deviceId } from '../src/quiz-app/device-id';

/** A page whose visibility and focus the test moves, with a clock it sets. */
function fakePage() {
  const doc = new EventTarget() as EventTarget & {
    visibilityState: DocumentVisibilityState;
    focused: boolean;
  };
  doc.visibilityState = 'visible';
  doc.focused = true;
  const win = new EventTarget();
  let now = Date.parse('2026-11-20T08:00:00.000Z');
  const page = {
    doc: Object.assign(doc, { hasFocus: () => doc.focused }),
    win,
    now: () => now,
    wait: (ms: number) => {
      now += ms;
    },
    hide: () => {
      doc.visibilityState = 'hidden';
      doc.focused = false;
      doc.dispatchEvent(new Event('visibilitychange'));
      win.dispatchEvent(new Event('blur'));
    },
    show: () => {
      doc.visibilityState = 'visible';
      doc.dispatchEvent(new Event('visibilitychange'));
      doc.focused = true;
      win.dispatchEvent(new Event('focus'));
    },
    blur: () => {
      doc.focused = false;
      win.dispatchEvent(new Event('blur'));
    },
    focus: () => {
      doc.focused = true;
      win.dispatchEvent(new Event('focus'));
    },
  };
  return page;
}

function tracked() {
  const page = fakePage();
  const events: PageEvent[] = [];
  let n = 0;
  const stop = trackAway({
    doc: page.doc,
    win: page.win,
    now: page.now,
    record: (event) => events.push(event),
    newId: () => `away-${++n}-xyz`,
  });
  return { page, events, stop };
}

describe('the away tracker', () => {
  it('reports a hidden page at once, then again with its length when it is back', () => {
    const { page, events } = tracked();
    page.hide();
    expect(events).toEqual([
      { id: 'away-1-xyz', kind: 'hidden', at: '2026-11-20T08:00:00.000Z', durationMs: null },
    ]);
    page.wait(42_000);
    page.show();
    expect(events[1]).toEqual({
      id: 'away-1-xyz',
      kind: 'hidden',
      at: '2026-11-20T08:00:00.000Z',
      durationMs: 42_000,
    });
    expect(events).toHaveLength(2);
  });

  it('reports a loss of focus on return, not the short ones', () => {
    const { page, events } = tracked();
    page.blur();
    page.wait(MIN_BLUR_MS - 1);
    page.focus();
    expect(events).toEqual([]);
    page.blur();
    page.wait(5_000);
    expect(events).toEqual([]);
    page.focus();
    expect(events).toEqual([
      { id: 'away-2-xyz', kind: 'blur', at: '2026-11-20T08:00:00.999Z', durationMs: 5_000 },
    ]);
  });

  it('counts a blur that ends hidden as one absence, and stops listening when stopped', () => {
    const { page, events, stop } = tracked();
    page.blur();
    page.wait(1_000);
    page.hide();
    page.wait(2_000);
    page.show();
    expect(events.map((e) => [e.id, e.kind, e.durationMs])).toEqual([
      ['away-1-xyz', 'hidden', null],
      ['away-1-xyz', 'hidden', 3_000],
    ]);
    stop();
    page.hide();
    expect(events).toHaveLength(2);
  });
});

describe('events in the answer queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends events with the saves (alone if need be), keeps them offline and drops them once acknowledged', async () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
    const batches: SaveBatch[] = [];
    let fail = true;
    const send = async (batch: SaveBatch) => {
      batches.push(structuredClone(batch));
      if (fail) throw new ApiError('NETWORK_ERROR', 0);
      return { seq: batch.seq, savedAt: '2026-11-20T08:00:00.000Z' };
    };
    const queue = createAnswerQueue({ attemptId: 'a1', send, storage, retryDelay: () => 1000 });
    queue.resume({ answers: {}, seq: 0 });
    queue.start();
    const open: PageEvent = {
      id: 'ev-000001',
      kind: 'hidden',
      at: '2026-11-20T08:00:00.000Z',
      durationMs: null,
    };
    queue.note(open);
    await vi.advanceTimersByTimeAsync(400);
    expect(batches[0]).toEqual({ seq: 0, answers: [], events: [open] });
    // Offline: kept in storage for the next visit, completed meanwhile.
    const done = { ...open, durationMs: 9_000 };
    queue.note(done);
    expect(JSON.parse(items.get(storageKeyOf('a1')) ?? '{}').events).toEqual({ [open.id]: done });
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches.at(-1)).toEqual({ seq: 0, answers: [], events: [done] });
    expect(JSON.parse(items.get(storageKeyOf('a1')) ?? '{}').events).toBeUndefined();
    // With an answer, both travel in one request.
    queue.set('1', { text: 'x' });
    queue.note({ ...open, id: 'ev-000002' });
    await vi.advanceTimersByTimeAsync(400);
    expect(batches.at(-1)).toMatchObject({ seq: 1, answers: [{ key: '1' }], events: [{ id: 'ev-000002' }] });
  });

  it('knows the device lock and matches the contract', () => {
    expect(classifySaveError(new ApiError('ATTEMPT_DEVICE_LOCKED', 409))).toBe('locked');
    expect(MAX_EVENTS_PER_SAVE).toBe(CONTRACT_MAX);
    expect(DEVICE_HEADER).toBe(CONTRACT_HEADER);
  });
});

describe('the device id', () => {
  it('is made once per browser and kept', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    const id = deviceId(storage);
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(deviceId(storage)).toBe(id);
    expect(deviceId(null)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
