import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { Pool } from 'pg';

export interface Machine {
  cpus: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  note: string;
}

/** The machine the figures were measured on; API, PostgreSQL and load generator share it. */
export async function describeMachine(pool: Pool): Promise<Machine> {
  const { rows } = await pool.query<{ version: string }>(
    "SELECT current_setting('server_version') AS version",
  );
  return {
    cpus: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: rows[0]?.version ?? 'unknown',
    note: 'API, PostgreSQL and the load generator run together on this machine',
  };
}

export function currentCommit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
}
