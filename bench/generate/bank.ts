import { randomUUID } from 'node:crypto';
import { queryRows } from '@hoclieu/db/sql';
import { foldDiacritics, materialAudience } from '@hoclieu/domain';
import { createPostgresIndex, type SearchDocument } from '@hoclieu/search';
import type pg from 'pg';
import { type CopyRow, copyRows } from './copy.js';
import { MATERIAL_KINDS, random, sentence } from './text.js';

interface SchoolRow {
  id: string;
  districtId: string;
  teachers: string[];
  /** [grade, subjectCode] pairs the school teaches. */
  subjects: [number, string][];
}

export interface BankContext {
  pool: pg.Pool;
  provinceId: string;
  log(message: string): void;
}

const CHUNK = 10_000;
const LEVELS = ['biet', 'hieu', 'van_dung'] as const;
const SCOPES = [
  'school',
  'school',
  'school',
  'school',
  'school',
  'district',
  'district',
  'province',
  'province',
];

async function loadSchools(pool: pg.Pool): Promise<SchoolRow[]> {
  const { rows } = await pool.query<{
    id: string;
    district_id: string;
    teachers: string[];
    subjects: string[];
  }>(
    `SELECT sc.id, sc."districtId" AS district_id,
       ARRAY(SELECT u.id::text FROM "User" u WHERE u."schoolId" = sc.id AND u.role = 'teacher' ORDER BY u.username)
         AS teachers,
       ARRAY(SELECT DISTINCT c.grade || ':' || t."subjectCode" FROM "Class" c
         JOIN "TeachingAssignment" t ON t."classId" = c.id WHERE c."schoolId" = sc.id) AS subjects
     FROM "School" sc WHERE sc.code LIKE 'BENCH-%' ORDER BY sc.code`,
  );
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    teachers: r.teachers,
    subjects: r.subjects.map((s) => {
      const [grade, code] = s.split(':');
      return [Number(grade), code ?? ''] as [number, string];
    }),
  }));
}

async function loadTopics(pool: pg.Pool): Promise<Map<string, string[]>> {
  const { rows } = await pool.query<{ key: string; ids: string[] }>(
    `SELECT "subjectCode" || ':' || grade AS key, array_agg(id::text) AS ids FROM "Topic" GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.key, r.ids]));
}

/** The product's PostgreSQL index on the generator's pool: the same folding and tsvector as the outbox. */
const searchIndex = (pool: pg.Pool, name: string) =>
  createPostgresIndex({
    name,
    query: (sql, params, row) => queryRows(pool, sql, params, row),
  });

/** Lets up to `limit` chunk writes run at once (PostgreSQL uses a core per connection). */
function inFlight(limit: number) {
  const running = new Set<Promise<void>>();
  return {
    async add(work: Promise<void>) {
      const tracked = work.finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    },
    async drain() {
      await Promise.all(running);
    },
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** Where the i-th question or material belongs: school (round robin), author, subject, scope, audience. */
function placement(i: number, schools: SchoolRow[], provinceId: string, next: () => number) {
  const school = schools[i % schools.length] as SchoolRow;
  const authorId = school.teachers[Math.floor(i / schools.length) % school.teachers.length] ?? '';
  const [grade, subjectCode] = pick(next, school.subjects);
  const scope = next() < 0.1 ? 'private' : pick(next, SCOPES);
  const audience = materialAudience({
    authorId,
    schoolId: school.id,
    districtId: school.districtId,
    provinceId,
    scope: scope as 'private',
    requestedScope: null,
    classIds: [],
  });
  return { school, authorId, grade, subjectCode, scope, audience };
}

type Placement = ReturnType<typeof placement>;

/** The columns questions and materials share: where the item belongs, who may see it, when it changed. */
const placedColumns = (
  { school, authorId, scope, audience }: Placement,
  provinceId: string,
  updatedAt: string,
): CopyRow => ({
  authorId,
  schoolId: school.id,
  districtId: school.districtId,
  provinceId,
  scope,
  audience,
  createdAt: updatedAt,
  updatedAt,
});

/** The rows of one chunk: filled item by item, then written (COPY, then the search documents). */
interface Chunk {
  add(i: number, placed: Placement): void;
  write(): Promise<void>;
}

/**
 * Generates `count` items spread over every school, in chunks of CHUNK: each chunk is written while
 * the next one is generated. `next` is the generator's seeded random source, drawn from in item order.
 */
async function generateInChunks(
  ctx: BankContext,
  what: string,
  count: number,
  next: () => number,
  newChunk: () => Chunk,
): Promise<void> {
  const schools = await loadSchools(ctx.pool);
  const writes = inFlight(2);
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = newChunk();
    const end = Math.min(count, start + CHUNK);
    for (let i = start; i < end; i++) chunk.add(i, placement(i, schools, ctx.provinceId, next));
    await writes.add(chunk.write());
    if ((start / CHUNK) % 10 === 0) ctx.log(`${what}: ${end} / ${count}`);
  }
  await writes.drain();
}

/**
 * Questions (single choice, a few short answers) spread over every school, each with its version
 * and its search document; written by COPY in chunks, indexed through the product's own index code
 * (the same folding and tsvector as the outbox writes).
 */
export async function generateQuestions(ctx: BankContext, count: number): Promise<void> {
  const { pool, provinceId } = ctx;
  const topics = await loadTopics(pool);
  const index = searchIndex(pool, 'questions');
  const next = random(7);
  const now = Date.now();
  await generateInChunks(ctx, 'questions', count, next, () => {
    const questions: CopyRow[] = [];
    const versions: CopyRow[] = [];
    const docs: SearchDocument[] = [];
    return {
      add(i, placed) {
        const { school, authorId, grade, subjectCode, scope, audience } = placed;
        const topicId = topics.has(`${subjectCode}:${grade}`)
          ? pick(next, topics.get(`${subjectCode}:${grade}`) ?? [])
          : null;
        const shortAnswer = next() < 0.1;
        const stem = sentence(next, 8 + Math.floor(next() * 9));
        const options = shortAnswer
          ? []
          : ['A', 'B', 'C', 'D'].map((label, k) => ({
              label,
              html: sentence(next, 3),
              correct: k === i % 4,
            }));
        const level = pick(next, LEVELS);
        const id = randomUUID();
        const updatedAt = new Date(now - Math.floor(next() * 300) * 86_400_000).toISOString();
        const type = shortAnswer ? 'short_answer' : 'single_choice';
        questions.push({
          id,
          type,
          subjectCode,
          grade,
          topicId,
          level,
          difficulty: 1 + (i % 5),
          tags: ['bench'],
          stemText: foldDiacritics(stem),
          ...placedColumns(placed, provinceId, updatedAt),
        });
        const content = {
          type,
          stem: `<p>${stem}</p>`,
          options,
          statements: [],
          answer: shortAnswer ? { accepted: [String(i % 97)], tolerance: null } : null,
          solution: null,
          rubric: null,
          children: [],
        };
        versions.push({
          id: randomUUID(),
          questionId: id,
          number: 1,
          content: JSON.stringify(content),
          createdById: authorId,
          createdAt: updatedAt,
        });
        docs.push({
          id,
          title: stem,
          body: [stem, ...options.map((o) => o.html)].join('\n'),
          tags: ['bench'],
          facets: {
            subjectCode,
            grade,
            topicId,
            level,
            type,
            status: scope === 'private' ? 'draft' : 'approved',
            scope,
            schoolId: school.id,
          },
          audience,
          updatedAt,
        });
      },
      async write() {
        await copyRows(pool, '"Question"', questions);
        await copyRows(pool, '"QuestionVersion"', versions);
        await index.upsert(docs);
      },
    };
  });
}

/** Materials (metadata and search documents; no files) spread over every school. */
export async function generateMaterials(ctx: BankContext, count: number): Promise<void> {
  const { pool, provinceId } = ctx;
  const index = searchIndex(pool, 'materials');
  const next = random(11);
  const now = Date.now();
  await generateInChunks(ctx, 'materials', count, next, () => {
    const rows: CopyRow[] = [];
    const docs: SearchDocument[] = [];
    return {
      add(_i, placed) {
        const { school, grade, subjectCode, scope, audience } = placed;
        const title = sentence(next, 5 + Math.floor(next() * 6));
        const description = sentence(next, 20);
        const type = pick(next, MATERIAL_KINDS);
        const id = randomUUID();
        const updatedAt = new Date(now - Math.floor(next() * 300) * 86_400_000).toISOString();
        rows.push({
          id,
          title,
          description,
          type,
          grade,
          subjectCode,
          tags: ['bench'],
          licence: 'cc_by',
          ...placedColumns(placed, provinceId, updatedAt),
        });
        docs.push({
          id,
          title,
          body: description,
          tags: ['bench'],
          facets: { subjectCode, grade, type, scope, schoolId: school.id },
          audience,
          updatedAt,
        });
      },
      async write() {
        await copyRows(pool, '"Material"', rows);
        await index.upsert(docs);
      },
    };
  });
  ctx.log(`materials: ${count}`);
}
