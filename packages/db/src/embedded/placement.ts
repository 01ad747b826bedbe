import { createHash } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { copyPrograms, type PostgresPrograms } from './postgres-programs.js';
import { blockedFolder, type SystemUser } from './reach.js';

/** Where root keeps what the `postgres` user must reach when the checkout is closed to it. */
const SHARED_HOME = '/var/lib/hoclieu';

export interface Placement {
  programs: PostgresPrograms;
  dataDir: string;
  /** What was moved and why, one sentence each, for the log. */
  notes: string[];
}

/** Unusable: what to tell the person starting the server, in Vietnamese and English. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

function cannotReach(folder: string, what: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    [
      `Không chạy được PostgreSQL nhúng: người dùng hệ thống "postgres" không vào được thư mục ${folder} (${what}).`,
      'Hãy đặt DATA_DIR vào một thư mục mà người dùng postgres vào được (ví dụ /var/lib/hoclieu), chạy máy chủ bằng một tài khoản không phải root, hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL.',
      `Cannot run the embedded PostgreSQL: the system user "postgres" cannot enter ${folder} (${what}).`,
      'Set DATA_DIR to a folder the postgres user can reach (e.g. /var/lib/hoclieu), run the server as a user other than root, or set DATABASE_URL to a PostgreSQL server.',
    ].join('\n'),
  );
}

/** A PostgreSQL program could not be started (spawn refused), with what to do. */
export function cannotRun(program: string, code: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    [
      `Không chạy được PostgreSQL nhúng: không khởi động được ${program} (${code}).`,
      'Hãy kiểm tra quyền của tệp này, chạy máy chủ bằng một tài khoản không phải root, hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL.',
      `Cannot run the embedded PostgreSQL: ${program} could not be started (${code}).`,
      "Check this file's permissions, run the server as a user other than root, or set DATABASE_URL to a PostgreSQL server.",
    ].join('\n'),
  );
}

/** Gives the data folder to the postgres user, as PostgreSQL requires (0700, its own). */
function handOver(dir: string, user: SystemUser) {
  mkdirSync(dir, { recursive: true });
  chownSync(dir, user.uid, user.gid);
  chmodSync(dir, 0o700);
}

/**
 * Decides where the programs and the cluster live. Not root: where they are. Root: PostgreSQL runs
 * as `postgres`, who may be unable to enter the checkout (/root is 0700); then the programs are
 * copied to /var/lib/hoclieu/postgresql-<version> and the cluster lives in
 * /var/lib/hoclieu/<hash of the data folder's path>/postgres, so each checkout keeps its own.
 */
export function placeCluster(input: {
  programs: PostgresPrograms;
  dataDir: string;
  user: SystemUser | undefined;
  home?: string;
}): Placement {
  const { user, home = SHARED_HOME } = input;
  const dataDir = resolve(input.dataDir);
  if (!user) {
    mkdirSync(dataDir, { recursive: true });
    return { programs: input.programs, dataDir, notes: [] };
  }
  const notes: string[] = [];

  let programs = input.programs;
  const programsBlocked = blockedFolder(programs.native, user, 'rx');
  if (programsBlocked) {
    programs = copyPrograms(programs, home);
    notes.push(
      `PostgreSQL runs from a copy of its programs in ${programs.native}: user postgres cannot enter ${programsBlocked}`,
    );
    const still = blockedFolder(programs.native, user, 'rx');
    if (still) throw cannotReach(still, 'PostgreSQL programs');
  }

  mkdirSync(dirname(dataDir), { recursive: true });
  const dataBlocked = blockedFolder(dirname(dataDir), user, 'x');
  if (!dataBlocked) {
    handOver(dataDir, user);
    return { programs, dataDir, notes };
  }
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const moved = join(home, key, 'postgres');
  mkdirSync(join(home, key), { recursive: true, mode: 0o755 });
  chmodSync(home, 0o755);
  chmodSync(join(home, key), 0o755);
  handOver(moved, user);
  notes.push(`PostgreSQL data for ${dataDir} kept in ${moved}: user postgres cannot enter ${dataBlocked}`);
  const still = blockedFolder(moved, user, 'rwx');
  if (still) throw cannotReach(still, 'PostgreSQL data');
  return { programs, dataDir: moved, notes };
}
