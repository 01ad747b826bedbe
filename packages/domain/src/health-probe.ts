/** How a dependency (database, object store, search engine) answered a health check. */
export interface HealthReport {
  status: 'ok' | 'down';
  latencyMs: number;
  message?: string;
}

/**
 * Runs a check with a deadline and reports instead of throwing, so a dead dependency never takes the
 * API down.
 */
export async function probeHealth(check: () => Promise<unknown>, timeoutMs: number): Promise<HealthReport> {
  const startedAt = performance.now();
  const latencyMs = () => Math.round(performance.now() - startedAt);
  let timer: ReturnType<typeof setTimeout> | undefined;
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

/**
 * A connection failure in one line. Connection errors can come with an empty message (AggregateError),
 * so their code stands in; fetch failures say only "fetch failed", the useful part (ECONNREFUSED...)
 * is in the cause, which follows in brackets.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const own =
    error.message && code && !error.message.includes(code)
      ? `${code}: ${error.message}`
      : error.message || code || error.name;
  const cause = error.cause instanceof Error ? describeFailure(error.cause) : undefined;
  return cause ? `${own} (${cause})` : own;
}
