import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PdfTask } from './pdf-worker.js';
import { type TextExtraction, type TextExtractionOptions, textFailure } from './text-result.js';
import { TimeoutError } from './timeout.js';

/**
 * The compiled worker: from `dist/` and from `src/` (tests, tsx) alike this is
 * `dist/pdf-worker.js`, so the package must be built (turbo builds it before tests and starts).
 */
const WORKER = new URL('../dist/pdf-worker.js', import.meta.url);
/** Past its own time limit, a thread stuck in synchronous code is stopped after this grace. */
const STOP_GRACE_MS = 5_000;

let pool: Piscina<PdfTask, TextExtraction | Uint8Array> | undefined;

/**
 * One thread for PDF text and first-page images, started on first use and stopped when idle: it
 * keeps pdfjs (and the polyfills of its Node build) out of the thread serving requests, runs at a
 * lower priority, and a PDF that hangs or outgrows 1 GB stops that thread, not the process.
 */
function threads() {
  if (pool) return pool;
  if (!existsSync(fileURLToPath(WORKER))) {
    throw new Error(`${fileURLToPath(WORKER)} is missing: build @hoclieu/media first`);
  }
  pool = new Piscina<PdfTask, TextExtraction | Uint8Array>({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
    niceIncrement: 10,
    // Not the parent's flags: under tests or tsx they resolve our packages to TypeScript sources.
    execArgv: [],
  });
  pool.on('error', () => undefined);
  return pool;
}

/** The bytes are moved, not copied, when the view owns its whole buffer (callers pass a private copy). */
function handOver(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer, byteOffset, byteLength } = bytes;
  const whole = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
  return whole ? [buffer] : [];
}

async function run(task: PdfTask, timeoutMs: number): Promise<TextExtraction | Uint8Array> {
  try {
    return await threads().run(task, {
      transferList: handOver(task.bytes),
      signal: AbortSignal.timeout(timeoutMs + STOP_GRACE_MS),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw new TimeoutError(timeoutMs);
    throw error;
  }
}

export async function pdfText(bytes: Uint8Array, options: TextExtractionOptions): Promise<TextExtraction> {
  try {
    return (await run({ kind: 'text', bytes, options }, options.timeoutMs)) as TextExtraction;
  } catch (error) {
    return textFailure(error instanceof TimeoutError ? 'TIMEOUT' : 'EXTRACT_FAILED');
  }
}

export async function pdfFirstPage(bytes: Uint8Array, width: number, timeoutMs: number): Promise<Buffer> {
  const png = (await run({ kind: 'first-page', bytes, width, timeoutMs }, timeoutMs)) as Uint8Array;
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** Stops the PDF thread (at shutdown; it also stops by itself after 30 s idle). */
export async function closePdfThreads(): Promise<void> {
  const running = pool;
  pool = undefined;
  await running?.close({ force: true });
}
