import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createDb, type Db } from '@hoclieu/db';
import { migrate } from '@hoclieu/db/migrate';
import { seed } from '@hoclieu/db/seed';
import { createLocalDiskStore, createMinioStore } from '@hoclieu/storage';
import { S3RVER_CREDENTIALS, startS3Peer } from '@hoclieu/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMaterials } from '../src/demo/materials.js';
import { seedDemoQuestions } from '../src/demo/questions.js';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { type Cluster, pgBin, psql, startCluster } from './postgres-cluster.js';

/**
 * backup.sh then restore.sh for real: a database with the demo data and its stored files is backed
 * up, restored into a fresh database and file store, and compared table by table and file by file,
 * on a PostgreSQL cluster of its own (postgres-cluster.ts).
 */
const scripts = resolve(import.meta.dirname, '../../../infra/backup');

function createDatabase(cluster: Cluster, name: string) {
  psql(cluster.url('postgres'), `CREATE DATABASE "${name}"`);
}

/** Every table of the public schema with its row count. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = createDb({ connectionString: url, maxConnections: 1 });
  try {
    const tables = await client.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) {
      const [row] = await client.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${tablename}"`);
      counts[tablename] = Number(row?.n);
    }
    return counts;
  } finally {
    await client.$disconnect();
  }
}

/** The questions' near-duplicate bands: a generated column, recomputed (not copied) by a restore. */
function stemBands(url: string): string {
  return psql(url, `SELECT string_agg(id || '=' || "stemBands"::text, ';' ORDER BY id) FROM "Question"`);
}

/** sha256 of every file below a folder, by relative path. */
function fileHashes(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(root)) walk(root);
  return hashes;
}

/** Runs a script without blocking this process (s3rver answers the MinIO mirror from in here). */
function runScript(name: 'backup.sh' | 'restore.sh', args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(join(scripts, name), args, {
      env: { PATH: process.env.PATH ?? '', PG_BIN: pgBin ?? '', ...env },
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => done({ status, stdout: stdout.trim(), stderr }));
  });
}

describe.skipIf(!pgBin)('backup and restore', () => {
  let cluster: Cluster;
  let db: Db;
  const work = mkdtempSync(join(tmpdir(), 'hoclieu-backup-'));
  const filesDir = join(work, 'files');
  const backups = join(work, 'backups');
  let sourceUrl: string;
  let backupPath: string;

  beforeAll(async () => {
    cluster = await startCluster(mkdtempSync(join(tmpdir(), 'hoclieu-backup-pg-')));
    createDatabase(cluster, 'hoclieu');
    // A Prisma-style URL: the scripts must cope with `?schema=public`.
    sourceUrl = `${cluster.url('hoclieu')}?schema=public`;
    await migrate(cluster.url('hoclieu'));
    db = createDb({ connectionString: cluster.url('hoclieu'), maxConnections: 3 });
    const passwords = createPasswordHasher();
    await seed(db, { demo: true, demoPasswordHash: () => passwords.hash('Matkhau123') });
    await seedDemoMaterials({
      db,
      storage: createLocalDiskStore({ root: filesDir }),
      onChange: () => undefined,
      enqueueProcessing: async () => undefined,
    });
    // Questions carry a generated column (near-duplicate bands) that a restore recomputes.
    await seedDemoQuestions({ db, onChange: () => undefined });
  });
  afterAll(async () => {
    await db?.$disconnect();
    cluster?.stop();
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  });

  it('writes a complete, checksummed backup of the database and every stored file', async () => {
    const run = await runScript('backup.sh', [backups], { DATABASE_URL: sourceUrl, STORAGE_DIR: filesDir });
    expect(run.status, run.stderr).toBe(0);
    backupPath = run.stdout;
    expect(backupPath).toMatch(/hoclieu-\d{8}T\d{6}Z$/);
    const sums = readFileSync(join(backupPath, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/ {2}database\.dump$/m);
    const blobs = Object.keys(fileHashes(join(filesDir, 'blobs')));
    expect(blobs.length).toBeGreaterThan(3);
    for (const blob of blobs) expect(sums).toContain(`  objects/blobs/${blob}`);
    // No half-written backup is left under another name.
    expect(readdirSync(backups)).toEqual([backupPath.split('/').at(-1)]);
  });

  it('restores into a fresh database and file store: same rows in every table, same file bytes', async () => {
    createDatabase(cluster, 'hoclieu_restored');
    const restoredFiles = join(work, 'restored-files');
    const run = await runScript('restore.sh', [backupPath], {
      DATABASE_URL: cluster.url('hoclieu_restored'),
      STORAGE_DIR: restoredFiles,
    });
    expect(run.status, run.stderr).toBe(0);

    const before = await rowCounts(cluster.url('hoclieu'));
    const after = await rowCounts(cluster.url('hoclieu_restored'));
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(after).toEqual(before);
    for (const table of [
      'User',
      'School',
      'Material',
      'Upload',
      'AuditEntry',
      'KpiTarget',
      'Question',
      '_prisma_migrations',
    ])
      expect(before[table], table).toBeGreaterThan(0);
    expect(stemBands(cluster.url('hoclieu'))).toMatch(/=\{-?\d+(,-?\d+){7}\}/);
    expect(stemBands(cluster.url('hoclieu_restored'))).toEqual(stemBands(cluster.url('hoclieu')));

    const sourceFiles = fileHashes(filesDir);
    const restored = fileHashes(restoredFiles);
    expect(Object.keys(restored).length).toBeGreaterThan(3);
    expect(restored).toEqual(
      Object.fromEntries(Object.entries(sourceFiles).filter(([path]) => !path.startsWith('tmp/'))),
    );

    // The restored pair works together: a material's upload reads back through the storage adapter.
    const restoredDb = createDb({ connectionString: cluster.url('hoclieu_restored'), maxConnections: 1 });
    try {
      const upload = await restoredDb.upload.findFirstOrThrow({ where: { status: 'stored' } });
      const blob = await createLocalDiskStore({ root: restoredFiles }).get(upload.blobKey);
      const chunks: Buffer[] = [];
      for await (const chunk of blob.body) chunks.push(Buffer.from(chunk));
      expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(upload.sha256);
      expect(blob.contentType).toBe(upload.contentType);
    } finally {
      await restoredDb.$disconnect();
    }
  });

  it('refuses to restore over a database that has tables', async () => {
    const run = await runScript('restore.sh', [backupPath], {
      DATABASE_URL: cluster.url('hoclieu_restored'),
      STORAGE_DIR: join(work, 'unused'),
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/not empty/);
    expect(existsSync(join(work, 'unused'))).toBe(false);
  });

  it('refuses a damaged backup before touching the target', async () => {
    createDatabase(cluster, 'hoclieu_damaged');
    const dump = join(backupPath, 'database.dump');
    const original = readFileSync(dump);
    const damaged = Buffer.from(original);
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    writeFileSync(dump, damaged);
    try {
      const run = await runScript('restore.sh', [backupPath], {
        DATABASE_URL: cluster.url('hoclieu_damaged'),
        STORAGE_DIR: join(work, 'damaged-files'),
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/damaged/);
      expect(await rowCounts(cluster.url('hoclieu_damaged'))).toEqual({});
    } finally {
      writeFileSync(dump, original);
    }
  });

  it('keeps the newest backups and ages out the old ones', async () => {
    const old = join(backups, 'hoclieu-20200101T000000Z');
    execFileSync('cp', ['-a', backupPath, old]);
    execFileSync('touch', ['-d', '2020-01-01', old]);
    const keepAll = await runScript('backup.sh', [backups], {
      DATABASE_URL: sourceUrl,
      STORAGE_DIR: filesDir,
      BACKUP_KEEP_MIN: '5',
    });
    expect(keepAll.status, keepAll.stderr).toBe(0);
    expect(existsSync(old)).toBe(true);
    const pruned = await runScript('backup.sh', [backups], {
      DATABASE_URL: sourceUrl,
      STORAGE_DIR: filesDir,
      BACKUP_KEEP_MIN: '1',
      BACKUP_KEEP_DAYS: '30',
    });
    expect(pruned.status, pruned.stderr).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(statSync(pruned.stdout).isDirectory()).toBe(true);
  });

  it('mirrors a MinIO bucket and restores it, with content types (s3rver standing in for MinIO)', async () => {
    const peer = await startS3Peer();
    const { port } = peer;
    const minio = (bucket: string) => ({
      STORAGE: 'minio',
      MINIO_ENDPOINT: '127.0.0.1',
      MINIO_PORT: String(port),
      MINIO_ACCESS_KEY: S3RVER_CREDENTIALS.accessKey,
      MINIO_SECRET_KEY: S3RVER_CREDENTIALS.secretKey,
      MINIO_BUCKET: bucket,
    });
    const store = (bucket: string) =>
      createMinioStore({
        endPoint: '127.0.0.1',
        port,
        useSSL: false,
        ...S3RVER_CREDENTIALS,
        bucket,
      });
    try {
      const source = store('hoclieu');
      await source.health();
      const files = {
        'uploads/a/bai-giang.pdf': ['application/pdf', Buffer.from('%PDF-1.4 bài giảng')],
        'packages/b/index.html': ['text/html', Buffer.from('<p>mô phỏng</p>')],
      } as const;
      for (const [key, [contentType, bytes]] of Object.entries(files))
        await source.put(key, Readable.from([bytes]), { contentType });

      const backup = await runScript('backup.sh', [join(work, 'minio-backups')], {
        DATABASE_URL: sourceUrl,
        ...minio('hoclieu'),
      });
      expect(backup.status, backup.stderr).toBe(0);
      createDatabase(cluster, 'hoclieu_from_minio');
      const restore = await runScript('restore.sh', [backup.stdout], {
        DATABASE_URL: cluster.url('hoclieu_from_minio'),
        ...minio('restored'),
      });
      expect(restore.status, restore.stderr).toBe(0);
      const target = store('restored');
      for (const [key, [contentType, bytes]] of Object.entries(files)) {
        const blob = await target.get(key);
        const chunks: Buffer[] = [];
        for await (const chunk of blob.body) chunks.push(Buffer.from(chunk));
        expect(Buffer.concat(chunks).equals(bytes), key).toBe(true);
        expect(blob.contentType).toBe(contentType);
      }
    } finally {
      await peer.dispose();
    }
  });
});
