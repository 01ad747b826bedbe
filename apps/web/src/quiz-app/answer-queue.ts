import type { PageEvent, StudentAnswerInput } from '@hoclieu/contracts';

/**
 * An answer as given on the page. A Đúng/Sai answer may leave statements out (each statement is
 * graded on its own); the contract's record currently demands all four, see `toSaveBody`.
 */
export type StudentAnswer = Omit<StudentAnswerInput, 'statements'> & {
  statements?: Partial<Record<'a' | 'b' | 'c' | 'd', boolean>>;
};
/** Answers shown on the page, by item key ("3", "3.1"); a cleared answer is absent. */
export type AnswerMap = Record<string, StudentAnswer>;

export interface SaveBatch {
  seq: number;
  answers: { key: string; answer: StudentAnswer | null }[];
  /** Absences from the page (exam supervision), carried by the saves: no request of their own. */
  events?: PageEvent[];
}
/** The PUT of `saveAnswers`, injected so the queue runs without React, the router or a network. */
type SendAnswers = (batch: SaveBatch) => Promise<{ seq: number; savedAt: string }>;

/**
 * Why a save failed: the attempt is closed for good, the network is down, the server refused, or
 * the attempt is locked to another device ("one device per attempt", until the teacher unlocks).
 */
export type SaveFailure = 'closed' | 'offline' | 'failing' | 'locked';

type SyncStatus = 'saved' | 'saving' | SaveFailure;

export type FlushOutcome = 'saved' | 'closed' | 'refused';

export interface SyncState {
  status: SyncStatus;
  /** Answers given on this device that the server has not acknowledged yet. */
  pending: number;
  savedAt: string | null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface AnswerQueueOptions {
  attemptId: string;
  send: SendAnswers;
  /** Where answers are written before they are sent; null keeps them in memory only. */
  storage?: Storage | null;
  debounceMs?: number;
  /** Typing without a pause still saves this often. */
  maxWaitMs?: number;
  /** Milliseconds before the n-th retry (n ≥ 1) after a failed save. */
  retryDelay?: (failures: number) => number;
  classify?: (error: unknown) => SaveFailure;
}

interface PendingAnswer {
  answer: StudentAnswer | null;
  seq: number;
}

/** What survives a reload, per attempt: the last seq used and the answers not yet acknowledged. */
interface StoredQueue {
  seq: number;
  ackedSeq: number;
  pending: Record<string, PendingAnswer>;
  /** Page events not acknowledged yet, by their id. */
  events?: Record<string, PageEvent>;
}

/** The contract's limit of answers per save. */
const MAX_BATCH = 300;
/** The contract's limit of page events per save (MAX_EVENTS_PER_SAVE; no value import: the quiz ships no zod). */
export const MAX_EVENTS_PER_SAVE = 50;

export const storageKeyOf = (attemptId: string) => `hoclieu.attempt.${attemptId}.answers`;

export const defaultRetryDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** (failures - 1));

/**
 * An API failure as both clients throw it (the main app's ApiError, the quiz page's QuizApiError):
 * recognised by shape, so this module pulls in neither client (nor the schemas behind one).
 */
function apiFailureOf(error: unknown): { code: string; status: number } | null {
  if (!(error instanceof Error)) return null;
  const { code, status } = error as Error & { code?: unknown; status?: unknown };
  return typeof code === 'string' && typeof status === 'number' ? { code, status } : null;
}

/** 409 ATTEMPT_CLOSED ends the attempt; no answer or a 5xx means try again later; other refusals too, slower. */
export function classifySaveError(thrown: unknown): SaveFailure {
  const error = apiFailureOf(thrown);
  if (!error) return 'offline';
  if (error.code === 'ATTEMPT_CLOSED') return 'closed';
  if (error.code === 'ATTEMPT_DEVICE_LOCKED') return 'locked';
  if (error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429)
    return 'offline';
  return 'failing';
}

const OPTION_ID = /^[A-Za-z0-9_-]{8}$/;

/**
 * A queue stored by an older build of the page may name options by letter instead of by their
 * per-attempt ids; the server refuses those for good, so such answers are dropped rather than
 * retried forever.
 */
function byOptionId(pending: Record<string, PendingAnswer>): Record<string, PendingAnswer> {
  const named = ({ answer }: PendingAnswer) =>
    [...(answer?.choice !== undefined ? [answer.choice] : []), ...(answer?.choices ?? [])].every((id) =>
      OPTION_ID.test(id),
    );
  return Object.fromEntries(Object.entries(pending).filter(([, entry]) => named(entry)));
}

function readStored(storage: Storage | null, key: string): StoredQueue {
  const empty: StoredQueue = { seq: 0, ackedSeq: 0, pending: {} };
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? 'null') as StoredQueue | null;
    if (!parsed || typeof parsed.seq !== 'number' || typeof parsed.pending !== 'object') return empty;
    return {
      seq: parsed.seq,
      ackedSeq: parsed.ackedSeq ?? 0,
      pending: byOptionId(parsed.pending ?? {}),
      events: typeof parsed.events === 'object' && parsed.events ? parsed.events : {},
    };
  } catch {
    return empty;
  }
}

/**
 * The answers of one attempt on their way to the server. Every change takes the next seq and is
 * written to storage first, then sent in debounced batches; the server keeps, per item, the answer
 * with the highest seq, so resending is harmless. Failed saves stay queued and are retried with
 * backoff (or at once on `retryNow`, when the browser comes back online) until acknowledged or the
 * attempt closes.
 */
export function createAnswerQueue({
  attemptId,
  send,
  storage = globalThis.localStorage ?? null,
  debounceMs = 300,
  maxWaitMs = 2000,
  retryDelay = defaultRetryDelay,
  classify = classifySaveError,
}: AnswerQueueOptions) {
  const key = storageKeyOf(attemptId);
  const stored = readStored(storage, key);
  let seq = stored.seq;
  let ackedSeq = stored.ackedSeq;
  let pending = stored.pending;
  let events = stored.events ?? {};
  /** Answers or page events still to send. */
  const hasWork = () => Object.keys(pending).length > 0 || Object.keys(events).length > 0;

  let inFlight = false;
  let failures = 0;
  let failure: SaveFailure | null = null;
  let savedAt: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = 0;
  let burstStartedAt: number | null = null;
  // Timers and saves run between start() and stop() (the page being mounted).
  let running = false;
  const flushWaiters: ((outcome: FlushOutcome) => void)[] = [];
  const listeners = new Set<() => void>();
  let state: SyncState = { status: 'saved', pending: 0, savedAt: null };

  function persist() {
    try {
      const stored: StoredQueue = { seq, ackedSeq, pending };
      if (Object.keys(events).length > 0) stored.events = events;
      storage?.setItem(key, JSON.stringify(stored));
    } catch {
      // Storage full or forbidden (private mode): the answer still travels, from memory.
    }
  }

  function publish() {
    const count = Object.keys(pending).length;
    const status: SyncStatus =
      failure === 'closed'
        ? 'closed'
        : count === 0 && !inFlight
          ? 'saved'
          : failure && failures > 0
            ? failure
            : 'saving';
    if (state.status === status && state.pending === count && state.savedAt === savedAt) return;
    state = { status, pending: count, savedAt };
    for (const listener of listeners) listener();
  }

  function settle(outcome: FlushOutcome) {
    for (const resolve of flushWaiters.splice(0)) resolve(outcome);
  }

  function clearTimer() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Sends at `delay` from now, unless a send is already due sooner. */
  function schedule(delay: number) {
    if (!running || failure === 'closed') return;
    const at = Date.now() + delay;
    if (timer !== null && dueAt <= at) return;
    clearTimer();
    dueAt = at;
    timer = setTimeout(() => {
      timer = null;
      void sendNow();
    }, delay);
  }

  async function sendNow() {
    if (inFlight || !running || failure === 'closed') return;
    clearTimer();
    burstStartedAt = null;
    const batch = Object.entries(pending)
      .sort(([, a], [, b]) => a.seq - b.seq)
      .slice(0, MAX_BATCH);
    const last = batch.at(-1);
    const sentEvents = Object.values(events).slice(0, MAX_EVENTS_PER_SAVE);
    if (!last && sentEvents.length === 0) {
      settle('saved');
      publish();
      return;
    }
    // Oldest first, so every answer left out of a full batch has a higher seq than the batch's.
    // Events alone go with the seq already acknowledged: they move no answer.
    const batchSeq = last ? last[1].seq : ackedSeq;
    inFlight = true;
    publish();
    try {
      const ack = await send({
        seq: batchSeq,
        answers: batch.map(([k, p]) => ({ key: k, answer: p.answer })),
        ...(sentEvents.length > 0 ? { events: sentEvents } : {}),
      });
      // An absence completed while its open report travelled stays queued.
      events = Object.fromEntries(Object.entries(events).filter(([, e]) => !sentEvents.includes(e)));
      inFlight = false;
      failures = 0;
      failure = null;
      savedAt = ack.savedAt;
      ackedSeq = Math.max(ackedSeq, batchSeq);
      // An answer changed again while this batch travelled keeps its newer seq and stays queued.
      pending = Object.fromEntries(Object.entries(pending).filter(([, p]) => p.seq > batchSeq));
      // A page left meanwhile must not overwrite what a newer visit has stored since.
      if (running) persist();
      if (!hasWork()) settle('saved');
      else schedule(flushWaiters.length > 0 ? 0 : debounceMs);
    } catch (error) {
      inFlight = false;
      const kind = classify(error);
      failure = kind;
      if (kind === 'closed') {
        clearTimer();
        settle('closed');
      } else {
        failures += 1;
        schedule(retryDelay(failures));
        // A refusal will not pass by waiting: whoever waits for a flush decides what to do next.
        if (kind === 'failing' || kind === 'locked') settle('refused');
      }
    }
    publish();
  }

  return {
    /**
     * Merges what the server holds with what this device has not sent yet: a queued answer wins
     * when its seq is above the server's (it is newer than anything the server applied); one at or
     * below it already reached the server, or was overtaken by a later save from another device.
     */
    resume(server: { answers: AnswerMap; seq: number }): AnswerMap {
      seq = Math.max(seq, server.seq);
      ackedSeq = Math.max(ackedSeq, server.seq);
      pending = Object.fromEntries(Object.entries(pending).filter(([, p]) => p.seq > server.seq));
      const merged: AnswerMap = { ...server.answers };
      for (const [itemKey, { answer }] of Object.entries(pending)) {
        if (answer) merged[itemKey] = answer;
        else delete merged[itemKey];
      }
      persist();
      publish();
      return merged;
    },

    /** Records a change (null clears the item): stored at once, sent shortly after. */
    set(itemKey: string, answer: StudentAnswer | null) {
      if (failure === 'closed') return;
      seq += 1;
      pending = { ...pending, [itemKey]: { answer, seq } };
      persist();
      const now = Date.now();
      burstStartedAt ??= now;
      // While failing, changes wait for the retry instead of hammering a dead network.
      if (failures === 0) {
        clearTimer();
        const delay = Math.min(debounceMs, burstStartedAt + maxWaitMs - now);
        schedule(Math.max(0, delay));
      }
      publish();
    },

    /**
     * Queues a page event (exam supervision) for the next save: stored at once, sent shortly after
     * (a later report of the same absence, with its length, replaces the earlier one).
     */
    note(event: PageEvent) {
      if (failure === 'closed') return;
      events = { ...events, [event.id]: event };
      persist();
      if (failures === 0) schedule(debounceMs);
    },

    /**
     * Sends everything now. Resolves once all is acknowledged ('saved'), the attempt is closed, or
     * the server refused a save ('refused', answers stay queued); through network failures it waits.
     */
    flush(): Promise<FlushOutcome> {
      if (failure === 'closed') return Promise.resolve('closed');
      if (!hasWork() && !inFlight) return Promise.resolve('saved');
      const done = new Promise<FlushOutcome>((resolve) => flushWaiters.push(resolve));
      if (!inFlight) void sendNow();
      return done;
    },

    /** Tries a failed save again without waiting for the backoff (the browser is back online). */
    retryNow() {
      if (failure === 'closed' || inFlight || !hasWork()) return;
      void sendNow();
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getState: (): SyncState => state,

    /** The highest seq the server has acknowledged to this device (or reported at resume). */
    ackedSeq: () => ackedSeq,

    /** Drops the stored copy once the attempt is over and nothing is pending. */
    forget() {
      if (Object.keys(pending).length === 0) {
        try {
          storage?.removeItem(key);
        } catch {
          // Nothing to do: a stale entry only costs a few bytes.
        }
      }
    },

    /** Starts sending (the page is shown), with whatever is still queued from before. */
    start() {
      running = true;
      if (hasWork()) schedule(0);
    },

    /** Stops timers (the page is leaving); what is stored stays for the next visit. */
    stop() {
      running = false;
      clearTimer();
    },
  };
}

export type AnswerQueue = ReturnType<typeof createAnswerQueue>;
