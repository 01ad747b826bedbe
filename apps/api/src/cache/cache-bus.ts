import type { ListenConnection } from '@hoclieu/db/sql';
import { openListener } from './cache-bus-sql.js';
import { type CacheEvent, type CacheTopic, parseCacheEvent } from './cache-events.js';

type Handler<T extends CacheTopic> = (event: Extract<CacheEvent, { topic: T }>) => void;

/**
 * Keeps what each API process caches coherent with the database and the other processes: one
 * dedicated connection LISTENs to the cache channel, which the database's triggers notify on commit
 * of every change a cache depends on (cache-events.ts). A lost connection may have missed
 * notifications, so once it listens again every cache is cleared (`onReset`); until then the caches'
 * own time bounds hold (README, "Security and reliability").
 */
export interface CacheBus {
  /** Calls `handler` for each event of `topic`, whichever process made the change (this one too). */
  on<T extends CacheTopic>(topic: T, handler: Handler<T>): void;
  /** Calls `handler` when notifications may have been missed: the cache must forget everything. */
  onReset(handler: () => void): void;
  /** Resolves once the process listens (retried in the background until it does). */
  listening(): Promise<void>;
  /** Whether the process listens now: while it does not, a cache must not count on hearing of changes. */
  isListening(): boolean;
  close(): Promise<void>;
}

interface Log {
  warn(details: object, message: string): void;
}

const RETRY_BASE_MS = 250;
const RETRY_CAP_MS = 10_000;

export function createCacheBus({ connectionString, log }: { connectionString: string; log: Log }): CacheBus {
  const handlers = new Map<CacheTopic, ((event: CacheEvent) => void)[]>();
  const resets: (() => void)[] = [];
  let connection: ListenConnection | undefined;
  let closed = false;
  let failures = 0;
  let everListened = false;
  let retry: NodeJS.Timeout | undefined;
  let resolveListening: () => void = () => undefined;
  let listening = new Promise<void>((resolve) => {
    resolveListening = resolve;
  });

  const safely = (run: () => void) => {
    try {
      run();
    } catch (error) {
      log.warn({ err: error }, 'cache bus handler failed');
    }
  };
  const reset = () => {
    for (const handler of resets) safely(handler);
  };

  function deliver(payload: string | undefined) {
    const event = parseCacheEvent(payload);
    if (!event) {
      log.warn({ payload }, 'cache bus: unknown notification ignored');
      return;
    }
    for (const handler of handlers.get(event.topic) ?? []) safely(() => handler(event));
  }

  function lost(error?: unknown) {
    connection = undefined;
    if (closed) return;
    log.warn({ err: error }, 'cache bus: listening connection lost, reconnecting');
    listening = new Promise<void>((resolve) => {
      resolveListening = resolve;
    });
    reset();
    schedule();
  }

  function schedule() {
    const delay = Math.min(RETRY_BASE_MS * 2 ** failures, RETRY_CAP_MS);
    retry = setTimeout(() => void connect(), failures === 0 ? 0 : delay);
    retry.unref();
  }

  async function connect() {
    if (closed) return;
    try {
      const opened = await openListener(connectionString, deliver, lost);
      if (closed) {
        await opened.end().catch(() => undefined);
        return;
      }
      connection = opened;
      failures = 0;
      // Notifications sent while nobody listened are lost: whatever was cached may be stale.
      if (everListened) reset();
      everListened = true;
      resolveListening();
    } catch (error) {
      failures += 1;
      log.warn({ err: error, failures }, 'cache bus: cannot listen yet, retrying');
      schedule();
    }
  }

  void connect();

  return {
    on(topic, handler) {
      const list = handlers.get(topic) ?? [];
      list.push(handler as (event: CacheEvent) => void);
      handlers.set(topic, list);
    },
    onReset(handler) {
      resets.push(handler);
    },
    listening: () => listening,
    isListening: () => connection !== undefined,
    async close() {
      closed = true;
      clearTimeout(retry);
      resolveListening();
      await connection?.end().catch(() => undefined);
      connection = undefined;
    },
  };
}
