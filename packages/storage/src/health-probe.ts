import type { HealthReport } from './blob-store.js';

/** Runs a check with a deadline and reports instead of throwing, so a dead store never takes the API down. */
export async function probeHealth(check: () => Promise<unknown>, timeoutMs: number): Promise<HealthReport> {
  const startedAt = performance.now();
  const latencyMs = () => Math.round(performance.now() - startedAt);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), deadline]);
    return { status: 'ok', latencyMs: latencyMs() };
  } catch (error) {
    return { status: 'down', latencyMs: latencyMs(), message: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Connection errors can come with an empty message (AggregateError), so fall back to their code. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (error.message && code && !error.message.includes(code)) return `${code}: ${error.message}`;
  return error.message || code || error.name;
}
