import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import type { ProvinceFacts } from '../lib/scenario.js';
import { generateMaterials, generateQuestions } from './bank.js';
import { generateExam } from './exam.js';
import { generateDeliveryRecords, generateOrganisation } from './organisation.js';
import type { Scale } from './scales.js';

/** Bumped when the generator changes: a database built by another version is rebuilt. */
const GENERATOR_VERSION = 2;

const META = `CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE IF NOT EXISTS bench.meta (scale text PRIMARY KEY, version int NOT NULL, facts jsonb NOT NULL,
  seconds float8 NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`;

/** The facts of a province generated earlier by this generator version, or null. */
export async function existingProvince(pool: pg.Pool, scale: Scale): Promise<ProvinceFacts | null> {
  await pool.query(META);
  const { rows } = await pool.query<{ facts: ProvinceFacts }>(
    'SELECT facts FROM bench.meta WHERE scale = $1 AND version = $2',
    [scale.name, GENERATOR_VERSION],
  );
  return rows[0]?.facts ?? null;
}

const BANK_TABLES = [
  ['public', 'Question'],
  ['public', 'QuestionVersion'],
  ['public', 'Material'],
  ['search', 'document'],
];

/** Drops the tables' secondary indexes (not primary keys), returning their definitions. */
async function dropIndexes(pool: pg.Pool, tables: string[][]): Promise<string[]> {
  const { rows } = await pool.query<{ schema: string; name: string; def: string }>(
    `SELECT i.schemaname AS schema, i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE (i.schemaname, i.tablename) IN (SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(s text, n text))
       AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [JSON.stringify(tables.map(([schema, name]) => ({ s: schema, n: name })))],
  );
  for (const row of rows) await pool.query(`DROP INDEX "${row.schema}"."${row.name}"`);
  return rows.map((r) => r.def);
}

/** Rebuilds dropped indexes, two at a time, with memory enough to sort in one pass. */
async function createIndexes(pool: pg.Pool, definitions: string[]): Promise<void> {
  const queue = [...definitions];
  await Promise.all(
    [0, 1].map(async () => {
      const client = await pool.connect();
      try {
        await client.query("SET maintenance_work_mem = '1GB'");
        for (let def = queue.shift(); def; def = queue.shift()) await client.query(def);
      } finally {
        client.release();
      }
    }),
  );
}

/** Whether the database already holds rows of a (partial or older) generated province. */
export async function hasBenchRows(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query(`SELECT 1 FROM "Province" WHERE code = 'BENCH'`);
  return rows.length > 0;
}

/** Builds the province in an empty (migrated and reference-seeded) database. */
export async function generateProvince(
  pool: pg.Pool,
  scale: Scale,
  log: (m: string) => void,
): Promise<ProvinceFacts> {
  const started = performance.now();
  await pool.query(META);
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await work();
    log(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  const passwordHash = await hash('Hoclieu@2026');
  const org = await step('schools, classes, users', () => generateOrganisation(pool, scale, passwordHash));
  await step('online-delivery records', () => generateDeliveryRecords(pool, org));
  const ctx = { pool, provinceId: org.provinceId, log };
  // Indexes are built once after the bulk load: far faster than maintaining them row by row.
  const indexes = await step('drop bank indexes', () => dropIndexes(pool, BANK_TABLES));
  await step('questions', () => generateQuestions(ctx, scale.questions));
  await step('materials', () => generateMaterials(ctx, scale.materials));
  await step('build bank indexes', () => createIndexes(pool, indexes));
  const exam = await step('district exam', () => generateExam(pool, org.provinceId));
  await step('vacuum analyze', () => pool.query('VACUUM ANALYZE'));
  const facts = await collectFacts(pool, scale, org.provinceId, exam);
  const seconds = (performance.now() - started) / 1000;
  await recordProvince(pool, scale, facts, seconds);
  log(`province generated in ${seconds.toFixed(0)} s`);
  return facts;
}

async function recordProvince(pool: pg.Pool, scale: Scale, facts: ProvinceFacts, seconds: number) {
  await pool.query(
    `INSERT INTO bench.meta (scale, version, facts, seconds) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scale) DO UPDATE SET version = $2, facts = $3, seconds = $4, generated_at = now()`,
    [scale.name, GENERATOR_VERSION, JSON.stringify(facts), seconds],
  );
}

async function collectFacts(
  pool: pg.Pool,
  scale: Scale,
  provinceId: string,
  exam: ProvinceFacts['exam'],
): Promise<ProvinceFacts> {
  const one = async (sql: string, params: unknown[] = [provinceId]) =>
    Number((await pool.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
  const districts = await pool.query<{ id: string; officer: string }>(
    `SELECT d.id, u.id AS officer FROM "District" d JOIN "User" u ON u."districtId" = d.id
     WHERE d."provinceId" = $1 ORDER BY d.code`,
    [provinceId],
  );
  const officer = await pool.query<{ id: string }>(`SELECT id FROM "User" WHERE username = 'so.bench'`);
  return {
    scale: scale.name,
    provinceId,
    provinceOfficerId: officer.rows[0]?.id ?? '',
    districtIds: districts.rows.map((r) => r.id),
    districtOfficerIds: districts.rows.map((r) => r.officer),
    schools: await one(
      `SELECT count(*) AS n FROM "School" sc JOIN "District" d ON d.id = sc."districtId" WHERE d."provinceId" = $1`,
    ),
    students: await one(
      `SELECT count(*) AS n FROM "User" WHERE role = 'student' AND username LIKE 'hs.bench-%'`,
      [],
    ),
    questions: await one(`SELECT count(*) AS n FROM "Question" WHERE "provinceId" = $1`),
    materials: await one(`SELECT count(*) AS n FROM "Material" WHERE "provinceId" = $1`),
    onlineLessons: await one(`SELECT count(*) AS n FROM "OnlineLesson"`, []),
    exam,
    teacherId: exam.teacherId,
  };
}
