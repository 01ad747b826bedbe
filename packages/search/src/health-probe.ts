import type { HealthReport } from './search-engine.js';

/** Runs a check with a deadline and reports instead of throwing, so a dead engine never takes the API down. */
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

/** fetch failures say only "fetch failed"; the useful part (ECONNREFUSED...) is in the cause. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? describeFailure(error.cause) : undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const own = error.message || code || error.name;
  return cause ? `${own} (${cause})` : own;
}
