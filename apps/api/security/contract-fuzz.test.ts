import { writeFileSync } from 'node:fs';
import { bySize, SUITE_SIZE } from '@hoclieu/db/testing/suite-size';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Client, PASSWORD, type TestApp } from '../test/helpers.js';
import { createMatrixApp } from './authz/app.js';
import { CALLERS, type Caller } from './authz/matrix.js';
import { routeTable, type TableRoute } from './authz/routes.js';
import { type AuthzWorld, buildAuthzWorld } from './authz/world.js';
import {
  arbitraryOf,
  hostileValue,
  type JsonSchema,
  jsonSchemaOf,
  type Leaf,
  leavesOf,
  type Pools,
  sweepValuesFor,
  withValueAt,
} from './contract-fuzz/arbitraries.js';

/**
 * Issue 14, item 8: bad input never gets a 5xx. For every route of the live route table and every
 * caller (each role and nobody), requests are generated from the route's own zod contract (params,
 * query, body): half of the shape the contract accepts, with its bounds' extremes and real ids of the
 * world, so they reach the services; half with hostile values mixed in (NUL and control characters,
 * lone surrogates, 2^31 and larger, negative, long text, wrong types, path ids that are not uuids).
 * Every answer must be below 500. The fast subset (CI) sends a few per route and caller; the full run
 * many more. FUZZ_SEED replays a run.
 */
const RUNS_PER_CALLER = bySize(2, 25);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : bySize(14, Date.now() % 1_000_000);

/** Where the generated requests come from (generated logins are throttled for this address only). */
const FUZZ_ADDRESS = '198.51.100.7';

let t: TestApp;
let world: AuthzWorld;
let pools: Pools;
const clients = new Map<Caller, Client | null>();

/** The callers' own accounts and units: no generated request may lock a caller out of the run. */
const callersOwn = () =>
  new Set<string>([
    ...Object.values(world.callers).map((p) => p.id),
    world.units.own.schoolId,
    world.province.id,
    world.districtA.id,
  ]);

/** Up to `limit` ids of a table, the callers' own left out. */
async function idsOf(table: string, limit: number): Promise<string[]> {
  const own = callersOwn();
  const rows = await t.db.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM "${table}" LIMIT ${limit}`);
  return rows.map((r) => r.id).filter((id) => !own.has(id));
}

/** Ids of every table with a uuid id: for an id field whose table the name does not tell. */
async function worldIds(): Promise<string[]> {
  const tables = await t.db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns
      WHERE column_name = 'id' AND data_type = 'uuid' AND table_schema = current_schema()`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) ids.push(...(await idsOf(table_name, 10)));
  return ids;
}

/** Which table a field's ids come from, by the field's name (`materialId`, `classIds`, `:lessonId`). */
const TABLE_OF: Record<string, string> = {
  assignment: 'Assignment',
  attempt: 'Attempt',
  class: 'Class',
  district: 'District',
  file: 'MaterialFile',
  thumbnailFile: 'MaterialFile',
  keepFile: 'MaterialFile',
  import: 'OrgImport',
  lesson: 'OnlineLesson',
  material: 'Material',
  province: 'Province',
  question: 'Question',
  exclude: 'Question',
  school: 'School',
  target: 'KpiTarget',
  test: 'Test',
  topic: 'Topic',
  parent: 'Topic',
  upload: 'Upload',
  user: 'User',
  student: 'User',
  year: 'SchoolYear',
  fromYear: 'SchoolYear',
};

/** For each id field name, the world's ids of its table (the callers' own accounts and units left out). */
async function idsByName(): Promise<Record<string, string[]>> {
  const byName: Record<string, string[]> = {};
  for (const [stem, table] of Object.entries(TABLE_OF)) {
    const ids = await idsOf(table, 40);
    if (ids.length === 0) continue;
    byName[`${stem}Id`] = ids;
    byName[`${stem}Ids`] = ids;
  }
  return byName;
}

beforeAll(async () => {
  t = await createMatrixApp();
  world = await buildAuthzWorld(t);
  // Resources of every kind, so generated ids hit real rows: materials, questions, tests, attempts…
  const { own, otherSchool } = world.units;
  await world.material(own.teacher, { file: 'pdf' });
  await world.material(otherSchool.teacher, { scope: 'district' });
  await world.question(own.teacher, { scope: 'school' });
  await world.attempt(own);
  await world.attempt(own, { submitted: true });
  await world.liveClass(own);
  await world.upload(own.teacher, { sent: true });
  await world.topic();
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Phòng GDĐT').addRow(['Mã phòng *', 'Tên phòng *']);
  workbook = new Uint8Array(await book.xlsx.writeBuffer());
  pools = {
    ids: await worldIds(),
    byName: { ...(await idsByName()), subjectCode: ['toan'], code: ['toan', '2026-2027'] },
  };
  for (const caller of CALLERS)
    clients.set(caller, caller === 'anonymous' ? null : world.callers[caller].client);
}, 300_000);
afterAll(async () => {
  await t?.close();
});

interface Generated {
  params: unknown;
  query: unknown;
  body: unknown;
}

const schemaOf = (route: RouteOptions, part: 'params' | 'querystring' | 'body'): JsonSchema | null => {
  const schema = (route.schema as Record<string, unknown> | undefined)?.[part];
  return schema ? jsonSchemaOf(schema as z.ZodType) : null;
};

/** A file sent as multipart/form-data, as a browser form does (upload routes have no body contract). */
class FilePart {
  constructor(
    readonly fileName: string,
    readonly bytes: Uint8Array,
  ) {}
}
const HOSTILE_FILE_NAMES = [
  'to-chuc\u0000.xlsx',
  '\u0007\u001b.csv',
  '\uD800.docx',
  `${'ê'.repeat(5_000)}.xlsx`,
  '../../x.xlsx',
];
/** A small real workbook: the org import stores its upload's name only once the file is a workbook. */
let workbook: Uint8Array = new Uint8Array();
const fileParts = fc
  .record({
    fileName: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE_FILE_NAMES)),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.constant(0).map(() => workbook),
    ),
  })
  .map(({ fileName, bytes }) => new FilePart(fileName, bytes));

function multipartOf(file: FilePart) {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const name = file.fileName.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(head),
      Buffer.from(file.bytes),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Requests for a route: of the contract's shape (hostility 0) or with hostile values mixed in. */
function requestsFor(route: RouteOptions): fc.Arbitrary<Generated> {
  const params = schemaOf(route, 'params');
  const query = schemaOf(route, 'querystring');
  const body = schemaOf(route, 'body');
  const consumes = (route.schema as { consumes?: string[] } | undefined)?.consumes ?? [];
  const raw = consumes.includes('application/octet-stream');
  const multipart = consumes.includes('multipart/form-data');
  const parts = (hostility: number) =>
    fc.record({
      params: params ? arbitraryOf(params, pools, hostility) : fc.constant(undefined),
      query: query ? arbitraryOf(query, pools, hostility) : fc.constant(undefined),
      body: raw
        ? fc.uint8Array({ maxLength: 4096 })
        : multipart
          ? fileParts
          : body
            ? arbitraryOf(body, pools, hostility)
            : fc.constant(undefined),
    });
  // One field hostile in an otherwise valid request: it gets past the other fields to the service.
  const leaves = partLeaves(route);
  const oneField = fc.tuple(parts(0), fc.nat(), hostileValue).map(([generated, n, value]) => {
    const chosen = leaves[n % Math.max(leaves.length, 1)];
    if (!chosen) return generated;
    return { ...generated, [chosen.part]: withValueAt(generated[chosen.part], chosen.leaf.path, value) };
  });
  return fc.oneof(parts(0), oneField, parts(1), parts(3));
}

/** The leaf fields of a route's params, query and body. */
function partLeaves(route: RouteOptions): { part: keyof Generated; leaf: Leaf }[] {
  const parts: [keyof Generated, 'params' | 'querystring' | 'body'][] = [
    ['params', 'params'],
    ['query', 'querystring'],
    ['body', 'body'],
  ];
  return parts.flatMap(([part, name]) => {
    const schema = schemaOf(route, name);
    return schema ? leavesOf(schema).map((leaf) => ({ part, leaf })) : [];
  });
}

const text = (value: unknown) =>
  typeof value === 'string'
    ? value
    : value !== null && typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/**
 * encodeURIComponent, but a lone surrogate (which it refuses) goes out as the three bytes a careless
 * client would send for it (%ED%A0%80): the server must answer those too.
 */
function encode(value: string): string {
  return value.replace(/[\uD800-\uDFFF]+|[^\uD800-\uDFFF]+/g, (run) => {
    try {
      return encodeURIComponent(run);
    } catch {
      return [...run]
        .map((unit) => {
          const code = unit.charCodeAt(0);
          return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
            .map((byte) => `%${byte.toString(16).toUpperCase()}`)
            .join('');
        })
        .join('');
    }
  });
}

function urlOf(path: string, generated: Generated): string {
  const params = (generated.params ?? {}) as Record<string, unknown>;
  const filled = path
    .replace(/\*$/, () =>
      text(params['*'] ?? '')
        .split('/')
        .map(encode)
        .join('/'),
    )
    .replace(/:([A-Za-z]+)/g, (_, name: string) => encode(text(params[name] ?? 'x')) || 'x');
  const pairs: string[] = [];
  if (generated.query && typeof generated.query === 'object' && !Array.isArray(generated.query))
    for (const [key, value] of Object.entries(generated.query)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value])
        pairs.push(`${encode(key)}=${encode(text(item))}`);
    }
  const search = pairs.join('&');
  return search ? `${filled}?${search}` : filled;
}

async function send(method: string, route: RouteOptions, caller: Caller, generated: Generated) {
  const options = {
    method: method as 'GET',
    remoteAddress: FUZZ_ADDRESS,
    url: urlOf(route.url, generated),
    ...(method === 'GET' || method === 'HEAD' || generated.body === undefined
      ? {}
      : generated.body instanceof FilePart
        ? multipartOf(generated.body)
        : generated.body instanceof Uint8Array
          ? { payload: Buffer.from(generated.body), headers: { 'content-type': 'application/octet-stream' } }
          : { payload: JSON.stringify(generated.body), headers: { 'content-type': 'application/json' } }),
  };
  const client = clients.get(caller) ?? null;
  const response = client ? await client.request(options) : await t.app.inject(options);
  // A generated logout (or anything ending the session) must not blind the rest of the run.
  if (client && response.statusCode === 401 && caller !== 'anonymous')
    clients.set(caller, await signInFresh(world.callers[caller].username));
  return response;
}

let signIns = 0;
/**
 * Signs in again from an address of its own: the generated logins (wrong passwords, from the fuzz's
 * address) are throttled per client, as they should be, and must not keep the callers out.
 */
async function signInFresh(username: string): Promise<Client> {
  signIns += 1;
  const remoteAddress = `10.77.${signIns >> 8}.${signIns & 255}`;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    payload: { username, password: PASSWORD },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'hoclieu_session')?.value;
  const { csrfToken, user } = response.json() as { csrfToken: string; user: { id: string } };
  return {
    userId: user.id,
    request: (options) =>
      t.app.inject({
        ...options,
        headers: { cookie: `hoclieu_session=${cookie}`, 'x-csrf-token': csrfToken, ...options.headers },
      }),
  };
}

/** The callers a route lets in, most likely owner first (the sweep's callers): nobody for a public route. */
const SWEEP_ORDER: Caller[] = [
  'teacher',
  'school_admin',
  'system_admin',
  'student',
  'district_officer',
  'province_officer',
];
function allowedCallers(access: TableRoute['access']): Caller[] {
  if (!access || access === 'public') return ['anonymous'];
  return SWEEP_ORDER.filter((caller) => caller in access);
}
const sweepCallers = (access: TableRoute['access']) =>
  bySize(allowedCallers(access).slice(0, 1), allowedCallers(access));

function tableRoutes(): { entry: TableRoute; route: RouteOptions }[] {
  const byKey = new Map<string, RouteOptions>();
  for (const r of t.app.routeTable)
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) byKey.set(`${method} ${r.url}`, r);
  return routeTable(t.app.routeTable)
    .filter((r) => r.access && !r.exempt)
    .flatMap((entry) => {
      const route = byKey.get(entry.key);
      return route ? [{ entry, route }] : [];
    });
}

describe('contract fuzz: no route answers 5xx to any caller (issue 14, item 8)', () => {
  it('answers below 500 with each field in turn made hostile (NUL, lone surrogate, long text, 2^31, 10^12)', async () => {
    const failures: string[] = [];
    let requests = 0;
    const started = performance.now();
    for (const { entry, route } of tableRoutes()) {
      const base = fc.sample(
        fc.record({
          params: schemaOf(route, 'params')
            ? arbitraryOf(schemaOf(route, 'params') as JsonSchema, pools, 0)
            : fc.constant(undefined),
          query: schemaOf(route, 'querystring')
            ? arbitraryOf(schemaOf(route, 'querystring') as JsonSchema, pools, 0)
            : fc.constant(undefined),
          body: schemaOf(route, 'body')
            ? arbitraryOf(schemaOf(route, 'body') as JsonSchema, pools, 0)
            : fc.constant(undefined),
        }),
        { numRuns: 1, seed: SEED },
      )[0] as Generated;
      const consumes = (route.schema as { consumes?: string[] } | undefined)?.consumes ?? [];
      if (consumes.includes('multipart/form-data'))
        // Every caller let in, and no optional query: the name must reach the service that stores it.
        for (const fileName of HOSTILE_FILE_NAMES)
          for (const caller of allowedCallers(entry.access)) {
            requests += 1;
            const file = new FilePart(fileName, workbook);
            const response = await send(entry.method, route, caller, {
              ...base,
              query: undefined,
              body: file,
            });
            if (response.statusCode >= 500)
              failures.push(
                `${entry.key} as ${caller}, file name ${JSON.stringify(fileName).slice(0, 40)}: ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
          }
      for (const { part, leaf } of partLeaves(route))
        for (const value of sweepValuesFor(leaf))
          for (const caller of sweepCallers(entry.access)) {
            const generated = { ...base, [part]: withValueAt(base[part], leaf.path, value) };
            requests += 1;
            const response = await send(entry.method, route, caller, generated);
            if (response.statusCode >= 500)
              failures.push(
                `${entry.key} as ${caller}, ${part}.${leaf.path.join('.')} = ${JSON.stringify(value).slice(0, 40)}: ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
          }
    }
    console.log(
      `field sweep (${SUITE_SIZE}): ${requests} requests in ${Math.round(performance.now() - started)} ms, ${failures.length} answered 5xx`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('answers every request generated from the contracts below 500', async () => {
    const table = tableRoutes();
    const failures: string[] = [];
    let requests = 0;
    let cases = 0;
    const statuses = new Map<string, number>();
    const trace: string[] = [];
    const started = performance.now();
    for (const { entry, route } of table) {
      const arbitrary = requestsFor(route);
      for (const caller of CALLERS) {
        const details = await fc.check(
          fc.asyncProperty(arbitrary, async (generated) => {
            requests += 1;
            const response = await send(entry.method, route, caller, generated);
            const status = `${Math.floor(response.statusCode / 100)}xx`;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (process.env.FUZZ_TRACE)
              trace.push(`${entry.key} ${caller} ${response.statusCode} ${response.body.slice(0, 120)}`);
            if (response.statusCode >= 500)
              throw new Error(`${response.statusCode} ${response.body.slice(0, 300)}`);
          }),
          { numRuns: RUNS_PER_CALLER, seed: SEED + cases++, interruptAfterTimeLimit: 30_000 },
        );
        if (details.failed)
          failures.push(
            `${entry.key} as ${caller}: ${String(details.errorInstance).slice(0, 400)}\n    request: ${JSON.stringify(
              details.counterexample?.[0],
              (_, v) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 40)}…(${v.length})` : v),
            ).slice(0, 600)}`,
          );
      }
    }
    console.log(
      `contract fuzz (${SUITE_SIZE}, seed ${SEED}): ${table.length} routes x ${CALLERS.length} callers, ${requests} requests in ${Math.round(performance.now() - started)} ms, ${failures.length} failing; answers ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}`,
    );
    if (process.env.FUZZ_TRACE) writeFileSync(process.env.FUZZ_TRACE, trace.join('\n'));
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
