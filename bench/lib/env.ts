/** What the bench takes from the environment, read once by run.ts. */
export interface BenchEnv {
  /** A PostgreSQL to generate into and run on; unset: embedded under .data-bench/<scale>. */
  databaseUrl: string | undefined;
  /** BENCH_PROFILE=<dir>: each API process writes a V8 CPU profile there when it stops. */
  profileDir: string | undefined;
  chromiumPath: string;
  /** Handed to the API processes (they start nothing else). */
  path: string;
}

export function benchEnv(env: NodeJS.ProcessEnv): BenchEnv {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    profileDir: env.BENCH_PROFILE || undefined,
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    path: env.PATH ?? '',
  };
}
