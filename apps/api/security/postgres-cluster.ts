import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@hoclieu/db/embedded';

/**
 * A PostgreSQL cluster of its own, from the same installation as the client programs (Debian's
 * postgresql package, or PG_BIN), as backups and the Debian recipe run in production: the embedded
 * PostgreSQL of the other suites ships no pg_dump, and pg_dump refuses a server newer than itself.
 */
function findPgBin(): string | null {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((major) => `/usr/lib/postgresql/${major}/bin`)
      : [];
  return (
    candidates.find((dir) =>
      ['initdb', 'pg_ctl', 'pg_dump', 'pg_restore', 'psql'].every((p) => existsSync(join(dir, p))),
    ) ?? null
  );
}

/** The folder of PostgreSQL's programs, or null where they are missing (the suites then skip). */
export const pgBin = findPgBin();
const asRoot = process.getuid?.() === 0;

/** Runs a server program as `postgres` when we are root (PostgreSQL refuses to run as root). */
function serverTool(tool: string, args: string[]) {
  const [command, fullArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(pgBin ?? '', tool), ...args]]
    : [join(pgBin ?? '', tool), args];
  execFileSync(command, fullArgs, { stdio: 'pipe' });
}

/** psql's unaligned output of one statement at `url`. */
export function psql(url: string, statement: string): string {
  return execFileSync(join(pgBin ?? '', 'psql'), [url, '-XAtqc', statement]).toString();
}

export interface Cluster {
  port: number;
  /** The superuser's URL of a database of the cluster. */
  url(database: string): string;
  /** Stops the server and removes its folder. */
  stop(): void;
}

/** initdb in `dir` (created, and owned by `postgres` when we are root), then a server on a free loopback port. */
export async function startCluster(dir: string): Promise<Cluster> {
  const port = await freePort();
  mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  serverTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  serverTool('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      if (existsSync(join(data, 'postmaster.pid')))
        serverTool('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
