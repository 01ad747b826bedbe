import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportResult } from '@hoclieu/contracts';
import { Piscina } from 'piscina';
import type { ParseOptions } from './parse-questions.js';
import type { ParseTask } from './parse-worker.js';

/**
 * The compiled worker. From `dist/parse-pool.js` and from `src/parse-pool.ts` (source runs: tests,
 * tsx) alike this is `dist/parse-worker.js`: threads cannot load TypeScript, so the package must be
 * built (turbo builds dependencies before tests, builds and starts).
 */
const WORKER = new URL('../dist/parse-worker.js', import.meta.url);

export interface ParsePoolOptions {
  /** Threads parsing at once; the rest wait in the queue. */
  threads?: number;
  /** Files waiting beyond the running ones before new ones are refused as busy. */
  maxQueue?: number;
  /** From the call until the result, queue included; the thread is stopped when it runs out. */
  timeoutMs?: number;
  /**
   * Heap of one thread; a file whose document tree outgrows it stops that thread only. Measured on
   * dense document XML: 2.4 MB needs 128–256 MB of heap (the tree is 50–100 times the XML) and
   * 7 MB fits in 1 GB, far beyond a 100-page exam.
   */
  memoryMb?: number;
}

/** The file took longer than the pool's time limit or outgrew a thread's memory. */
export class ParseTooCostlyError extends Error {
  override name = 'ParseTooCostlyError';
}

/** Every thread is busy and the queue is full. */
export class ParserBusyError extends Error {
  override name = 'ParserBusyError';
}

export interface ParsePool {
  parse(bytes: Uint8Array, fileName: string, options?: ParseOptions): Promise<ImportResult>;
  close(): Promise<void>;
}

/**
 * Parses question files on worker threads, so a large Word file (about 0.65 s per MB of document
 * XML, all synchronous) never stalls the server's other requests, and a time and memory limit stop
 * a file that would cost too much without touching the process.
 */
export function createParsePool({
  threads = 1,
  maxQueue = 8,
  timeoutMs = 30_000,
  memoryMb = 1024,
}: ParsePoolOptions = {}): ParsePool {
  const pool = new Piscina<ParseTask, ImportResult>({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    // A lower priority for the parser thread (Linux: per thread, via @napi-rs/nice): on a busy
    // exam-day server, answer saves and PostgreSQL go first and the import waits.
    niceIncrement: 10,
    // Not the parent's flags: under tests or tsx they resolve our packages to TypeScript sources.
    execArgv: [],
  });
  // A thread that dies between tasks (or while starting) has no task to reject: nothing to report.
  pool.on('error', () => undefined);
  return {
    async parse(bytes, fileName, options = {}) {
      if (!existsSync(fileURLToPath(WORKER))) {
        throw new Error(`${fileURLToPath(WORKER)} is missing: build @hoclieu/question-formats first`);
      }
      if (pool.queueSize >= maxQueue) throw new ParserBusyError('every parser thread is busy');
      try {
        return await pool.run({ bytes, fileName, options }, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const name = (error as Error).name;
        const code = (error as NodeJS.ErrnoException).code;
        if (name === 'AbortError' || code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new ParseTooCostlyError(`parsing ${fileName} was stopped: ${(error as Error).message}`);
        }
        throw error;
      }
    },
    close: () => pool.close({ force: true }),
  };
}
