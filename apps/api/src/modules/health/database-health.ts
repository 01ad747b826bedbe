/** Long enough for a busy pool, short enough for a load balancer's probe to get its answer. */
const DATABASE_HEALTH_TIMEOUT_MS = 2000;

export interface DatabaseHealth {
  status: 'ok' | 'down';
  kind: string;
  latencyMs?: number;
  message?: string;
}

/**
 * Pings the database under a deadline. A hung PostgreSQL (a full pool, a server that accepts
 * connections and never answers) would otherwise hang /api/health, the very route that should say
 * the database is the problem. The abandoned ping is left to its connection; its late result is ignored.
 */
export async function databaseHealth(
  ping: () => Promise<unknown>,
  kind: string,
  timeoutMs = DATABASE_HEALTH_TIMEOUT_MS,
): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([ping().then(() => 'answered' as const), deadline]);
    if (outcome === 'timeout') {
      return { status: 'down', kind, message: `Cơ sở dữ liệu không phản hồi sau ${timeoutMs} ms` };
    }
    return { status: 'ok', kind, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down', kind, message: 'Không kết nối được cơ sở dữ liệu' };
  } finally {
    clearTimeout(timer);
  }
}
