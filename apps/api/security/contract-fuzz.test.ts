import { writeFileSync } from 'node:fs';
import { bySize, SUITE_SIZE } from '@hoclieu/db/testing/suite-size';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, PASSWORD, signIn, type TestApp } from '../test/helpers.js';
import { createMatrixApp } from './authz/app.js';
import { CALLERS, type Caller } from './authz/matrix.js';
import { routeTable, type TableRoute } from './authz/routes.js';
import { type AuthzWorld, buildAuthzWorld } from './authz/world.js';
import {
  arbitraryOf,
  type JsonSchema,
  type Pools,
  sweepValuesFor,
  withValueAt,
} from './contract-fuzz/arbitraries.js';
import { idsByName, worldIds } from './contract-fuzz/id-pools.js';
import { multipartOf, urlOf } from './contract-fuzz/request-encoding.js';
import {
  FilePart,
  type Generated,
  HOSTILE_FILE_NAMES,
  partLeaves,
  requestsFor,
  schemaOf,
} from './contract-fuzz/requests.js';

/**
 * Bad input never gets a 5xx: a 5xx is a crash an attacker can aim at. For every route of the live route table and every
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

/** A small real workbook: the org import stores its upload's name only once the file is a workbook. */
let workbook: Uint8Array = new Uint8Array();

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
    ids: await worldIds(t, world),
    byName: { ...(await idsByName(t, world)), subjectCode: ['toan'], code: ['toan', '2026-2027'] },
  };
  for (const caller of CALLERS)
    clients.set(caller, caller === 'anonymous' ? null : world.callers[caller].client);
}, 300_000);
afterAll(async () => {
  await t?.close();
});

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
  return signIn(t.app, username, PASSWORD, { remoteAddress });
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

describe('contract fuzz: no route answers 5xx to any caller', () => {
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
      const arbitrary = requestsFor(route, pools, workbook);
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
