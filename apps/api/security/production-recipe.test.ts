import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDb } from '@hoclieu/db';
import { freePort } from '@hoclieu/db/embedded';
import { makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { type Cluster, pgBin, psql, startCluster } from './postgres-cluster.js';
import { curl as curlVia, loginArgs } from './production-recipe/curl.js';
import {
  DOMAIN,
  findProgram,
  parseEnvFile,
  recipe,
  repoRoot,
  writeNginxSite,
} from './production-recipe/recipe-files.js';

/**
 * The Debian recipe (infra/debian) run for real on this machine, on loopback ports: Debian's
 * PostgreSQL with the recipe's role and database (database.sql), the API with the recipe's settings
 * (hoclieu.env.example, only ports and folders changed), the recipe's nginx site (only ports and a
 * self-signed certificate changed) in front; then curl over HTTPS logs in through nginx, and the
 * backup scripts back up and restore that install as its own (non-superuser) database role.
 * systemd does not run here: its units are checked with `systemd-analyze verify`, and the API is
 * started with the unit's environment (from the sources rather than the built dist/).
 * Skipped where nginx, curl, openssl or PostgreSQL's programs are missing (.ci/run installs them).
 */
const apiDir = resolve(import.meta.dirname, '..');
const PASSWORD = 'Matkhau123';
const ADMIN_PASSWORD = 'Quan-tri-So-2026!';

const nginx = findProgram('nginx');
const ready = Boolean(pgBin && nginx && findProgram('curl') && findProgram('openssl'));
let scratch: string;
let cluster: Cluster | undefined;
let apiPort: number;
let httpPort: number;
let httpsPort: number;
let api: ChildProcess | undefined;
let apiLog = '';
let env: Record<string, string>;
let nginxStarted = false;

function nginxArgs(...more: string[]) {
  return ['-p', scratch, '-c', join(scratch, 'nginx.conf'), ...more];
}

const curl = (path: string, options: { https?: boolean; args?: string[] } = {}) =>
  curlVia({ httpPort, httpsPort }, path, options);

/** The pids of the processes that said they listen (pino's JSON lines: the pid comes before the message). */
function listeningPids() {
  return apiLog
    .split('\n')
    .filter((line) => line.includes('"Server listening at'))
    .map((line) => Number(/"pid":(\d+)/.exec(line)?.[1]));
}

async function waitForWorkers(port: number) {
  // The primary migrates, then its workers start (each compiling the sources with tsx here). The
  // first to listen answers health; the primary says when all of them listen.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (api?.exitCode !== null && api?.exitCode !== undefined) throw new Error(`API exited:\n${apiLog}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok && apiLog.includes('API processes listening')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`API not listening in time:\n${apiLog}`);
}

describe.skipIf(!ready)('Debian recipe: PostgreSQL + API + nginx over HTTPS', () => {
  beforeAll(async () => {
    scratch = mkdtempSync('/tmp/hoclieu-recipe-');
    chmodSync(scratch, 0o755);
    [apiPort, httpPort, httpsPort] = [await freePort(), await freePort(), await freePort()];

    // PostgreSQL from Debian's packages, its own cluster; the recipe's role, database, extensions.
    cluster = await startCluster(join(scratch, 'pg'));
    const dbPassword = randomBytes(12).toString('hex');
    execFileSync(
      join(pgBin!, 'psql'),
      [
        cluster.url('postgres'),
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-v',
        `password=${dbPassword}`,
        '-f',
        join(recipe, 'database.sql'),
      ],
      { stdio: 'pipe' },
    );

    // The recipe's settings, with this test's ports and folders.
    const example = parseEnvFile(readFileSync(join(recipe, 'hoclieu.env.example'), 'utf8'));
    env = {
      ...example,
      DATABASE_URL: example
        .DATABASE_URL!.replace('CHANGE-ME-database-password', dbPassword)
        .replace('127.0.0.1:5432', `127.0.0.1:${cluster.port}`),
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      PORT: String(apiPort),
      DATA_DIR: join(scratch, 'lib'),
      STORAGE_DIR: join(scratch, 'lib/files'),
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      // Several processes behind the one port nginx proxies to, as on a machine of two cores or more.
      API_PROCESSES: '2',
      WEB_DIST: join(scratch, 'no-web'),
    };
    api = spawn(process.execPath, ['--conditions=@hoclieu/source', '--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (d: Buffer) => {
      apiLog += d.toString();
    });
    api.stderr?.on('data', (d: Buffer) => {
      apiLog += d.toString();
    });
    await waitForWorkers(apiPort);

    const db = createDb({ connectionString: env.DATABASE_URL!, maxConnections: 1 });
    try {
      const hash = await createPasswordHasher().hash(PASSWORD);
      await makeUser(db, 'teacher', { username: 'gv.recipe', passwordHash: hash });
    } finally {
      await db.$disconnect();
    }

    // The recipe's nginx site with a self-signed certificate, in a prefix of its own.
    writeNginxSite(scratch, { apiPort, httpPort, httpsPort });
    execFileSync(nginx!, nginxArgs('-t'), { stdio: 'pipe' });
    execFileSync(nginx!, nginxArgs(), { stdio: 'pipe' });
    nginxStarted = true;
  }, 330_000);

  afterAll(async () => {
    if (nginxStarted) {
      try {
        execFileSync(nginx!, nginxArgs('-s', 'quit'), { stdio: 'pipe' });
      } catch {
        // already stopped
      }
      for (let i = 0; i < 50 && existsSync(join(scratch, 'nginx.pid')); i++)
        await new Promise((r) => setTimeout(r, 100));
    }
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api?.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    cluster?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
  }, 60_000);

  it('ships settings for a proxy on the same machine, HTTPS cookies and no demo data', () => {
    // The API itself trusts no proxy unless told, or any client could forge its address: the recipe
    // tells it about its nginx.
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      COOKIE_SECURE: 'true',
      TRUST_PROXY: 'loopback',
      SEED_DEMO: 'false',
      STORAGE: 'local',
    });
    // nginx lets the largest material file through.
    const site = readFileSync(join(recipe, 'nginx/hoclieu.conf'), 'utf8');
    const limit = /client_max_body_size (\d+)m;/.exec(site);
    expect(Number(limit?.[1]) * 1024 * 1024).toBeGreaterThan(Number(env.UPLOAD_MAX_BYTES));
  });

  it('redirects plain HTTP to HTTPS', () => {
    const response = curl('/api/health?x=1', { https: false });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`https://${DOMAIN}/api/health?x=1`);
  });

  it('logs in through nginx over HTTPS with a Secure session cookie, and the CSRF check passes', () => {
    const health = curl('/api/health');
    expect(health.status, health.body).toBe(200);
    // Once: the API sends it, nginx does not add a second one.
    expect(health.headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);

    const login = curl('/api/auth/login', { args: loginArgs('gv.recipe', PASSWORD, '198.51.100.1') });
    expect(login.status, login.body).toBe(200);
    const session = login.setCookies.find((c) => c.startsWith('hoclieu_session='));
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    const cookie = session!.split(';')[0]!;
    const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };

    const me = curl('/api/auth/me', { args: ['-H', `cookie: ${cookie}`, '-H', 'accept-encoding: gzip'] });
    expect(me.status).toBe(200);
    // A session's answers are never kept by a browser or a proxy cache: they are one person's.
    expect(me.headers['cache-control']).toBe('no-store');
    // Behind the proxy the browser's Origin names the public host and port: accepted.
    const logout = curl('/api/auth/logout', {
      args: [
        '-X',
        'POST',
        '-H',
        `cookie: ${cookie}`,
        '-H',
        `x-csrf-token: ${csrfToken}`,
        '-H',
        `origin: https://${DOMAIN}:${httpsPort}`,
      ],
    });
    expect(logout.status, logout.body).toBe(200);
    const forged = curl('/api/auth/logout', {
      args: ['-X', 'POST', '-H', `x-csrf-token: ${csrfToken}`, '-H', 'origin: https://elsewhere.example'],
    });
    expect(forged.status).toBe(403);
  });

  it('creates the first administrator with the CLI, who then signs in through nginx', () => {
    // As the recipe says (infra/debian/hoclieu-env runs it as user hoclieu with these settings).
    const out = execFileSync(
      'pnpm',
      ['cli', 'admin', 'create', '--username', 'qt.so', '--name', 'Quản trị Sở', '--password-stdin'],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', HOME: scratch, ...env },
        input: `${ADMIN_PASSWORD}\n`,
      },
    ).toString();
    expect(out).toMatch(/qt\.so/);
    const login = curl('/api/auth/login', { args: loginArgs('qt.so', ADMIN_PASSWORD, '198.51.100.2') });
    expect(login.status, login.body).toBe(200);
    expect(JSON.parse(login.body).user.role).toBe('system_admin');
  });

  it('takes the client address from nginx, not from a forged X-Forwarded-For', () => {
    // The login limit (3 a minute here) is per address and account: new forged addresses do not reset it.
    const statuses = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'].map(
      (forged) => curl('/api/auth/login', { args: loginArgs('khong.ton.tai', 'sai', forged) }).status,
    );
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('compresses JSON and lets large uploads reach the API', () => {
    const docs = curl('/api/docs/json', {
      args: ['-H', 'accept-encoding: gzip', '-o', '/dev/null', '-D', '-'],
    });
    expect(docs.status).toBe(200);
    expect(docs.headers['content-encoding']).toBe('gzip');
    // 20 MB to the upload route: nginx passes it on, the API refuses it (no session), not nginx (413).
    const big = join(scratch, 'big.bin');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024));
    const upload = curl('/api/uploads/00000000-0000-4000-8000-000000000000/content', {
      args: ['-X', 'PUT', '-H', 'content-type: application/octet-stream', '--data-binary', `@${big}`],
    });
    expect(upload.status).not.toBe(413);
    expect(upload.body).toMatch(/"code"/);
  });

  it('serves from API_PROCESSES processes, and a killed one is replaced while the other serves', async () => {
    // The primary's node children (tsx, which runs the sources here, has an esbuild child too).
    const workers = () =>
      execFileSync('ps', ['--ppid', String(api!.pid), '-o', 'pid=,comm='], { encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([, command]) => command === 'node')
        .map(([pid]) => Number(pid));
    const before = workers();
    expect(before).toHaveLength(2);
    expect(listeningPids()).toEqual(expect.arrayContaining(before));
    process.kill(before[0]!, 'SIGKILL');
    // The other process answers through nginx meanwhile.
    expect(curl('/api/health').status).toBe(200);
    const replaced = () => {
      const now = workers();
      return (
        now.length === 2 && !now.includes(before[0]!) && now.every((pid) => listeningPids().includes(pid))
      );
    };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !replaced()) await new Promise((r) => setTimeout(r, 250));
    expect(replaced(), apiLog).toBe(true);
    expect(curl('/api/health').status).toBe(200);
  }, 90_000);

  it('backs up and restores this install as its own database role', () => {
    const scripts = join(repoRoot, 'infra/backup');
    const backupEnv = { PATH: process.env.PATH ?? '', PG_BIN: pgBin!, ...env };
    writeFileSync(join(env.STORAGE_DIR!, 'probe.txt'), 'tệp thử');
    const backup = execFileSync(join(scripts, 'backup.sh'), [join(scratch, 'backups')], { env: backupEnv })
      .toString()
      .trim();
    expect(existsSync(join(backup, 'database.dump'))).toBe(true);

    // As the recipe's README says: a new database owned by hoclieu, restored by hoclieu.
    psql(cluster!.url('postgres'), 'CREATE DATABASE hoclieu_restored OWNER hoclieu');
    const restoredUrl = env.DATABASE_URL!.replace(/\/hoclieu$/, '/hoclieu_restored');
    const restoredFiles = join(scratch, 'lib/files-restored');
    execFileSync(join(scripts, 'restore.sh'), [backup], {
      env: { ...backupEnv, DATABASE_URL: restoredUrl, STORAGE_DIR: restoredFiles },
    });
    const count = (url: string) => psql(url, 'SELECT count(*) FROM "User"').trim();
    expect(count(restoredUrl)).toBe(count(env.DATABASE_URL!));
    expect(readFileSync(join(restoredFiles, 'probe.txt'), 'utf8')).toBe('tệp thử');
  });

  it.skipIf(!findProgram('systemd-analyze'))('ships systemd units that systemd accepts', () => {
    const units = join(scratch, 'units');
    execFileSync('mkdir', ['-p', units]);
    for (const unit of ['hoclieu.service', 'hoclieu-backup.service', 'hoclieu-backup.timer']) {
      const text = readFileSync(join(recipe, 'systemd', unit), 'utf8').replaceAll('/opt/hoclieu', repoRoot);
      writeFileSync(join(units, unit), text);
    }
    const verify = execFileSync(
      'systemd-analyze',
      [
        'verify',
        ...['hoclieu.service', 'hoclieu-backup.service', 'hoclieu-backup.timer'].map((u) => join(units, u)),
      ],
      { stdio: 'pipe' },
    );
    expect(verify.toString()).toBe('');
    const unit = readFileSync(join(recipe, 'systemd/hoclieu.service'), 'utf8');
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/hoclieu\/hoclieu\.env$/m);
    expect(unit).toMatch(/^User=hoclieu$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
  });
});
