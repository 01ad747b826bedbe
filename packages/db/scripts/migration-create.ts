// Authors a new migration offline. Prisma's `migrate dev` needs a native engine that cannot be
// downloaded here, so we ask the WASM schema engine for the diff between the schema as of the last
// migration (a copy kept beside each migration.sql) and prisma/schema.prisma. A pure
// schema-to-schema diff reads no database, but the engine insists on connecting to one, so a
// throwaway embedded server is started. Usage: pnpm migration:create <name>
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/embedded.js';
import { migrationsDir, readMigrations } from '../src/migrate.js';
import { packageRoot } from '../src/package-root.js';
import { loadSchemaEngine } from './schema-engine.js';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: pnpm migration:create <name>');
  process.exit(1);
}
const schemaPath = join(packageRoot(), 'prisma', 'schema.prisma');
const schema = readFileSync(schemaPath, 'utf8');
const last = readMigrations().at(-1);
const snapshotPath = last && join(migrationsDir(), last.name, 'schema.prisma');
if (last && !existsSync(snapshotPath as string)) {
  console.error(`Migration ${last.name} has no schema.prisma snapshot to diff from.`);
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'hoclieu-migrate-'));
const server = await startEmbeddedPostgres({ dataDir });
const { port } = server;
const engine = await loadSchemaEngine(
  { host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' },
  [schemaPath, schema],
).catch(async (error) => {
  await server.stop();
  throw error;
});
let result: { stdout?: string | null };
try {
  result = await engine.diff({
    from: snapshotPath
      ? {
          tag: 'schemaDatamodel',
          files: [{ path: snapshotPath, content: readFileSync(snapshotPath, 'utf8') }],
        }
      : { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  } as never);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const sql = result.stdout ?? '';
if (!sql.trim() || sql.includes('This is an empty migration')) {
  console.log('prisma/schema.prisma matches the last migration: nothing to write.');
} else {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir(), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  writeFileSync(join(dir, 'schema.prisma'), schema);
  console.log(`Wrote ${dir}/migration.sql`);
}
