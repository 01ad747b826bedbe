import type { Role } from '@hoclieu/contracts';
import { SUITE_SIZE } from '@hoclieu/db/testing/suite-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test/helpers.js';
import { createMatrixApp } from './authz/app.js';
import {
  CALLERS,
  type Caller,
  type CaseContext,
  classify,
  errorCode,
  expectedOutcome,
  LOCATIONS,
  type Location,
  type Observed,
  type Outcome,
  type Probe,
} from './authz/matrix.js';
import { assessmentProbes } from './authz/probes/assessments.js';
import { importProbes } from './authz/probes/imports.js';
import { learningOnlineProbes } from './authz/probes/learning-online.js';
import { lectureProbes } from './authz/probes/lectures.js';
import { masteryProbes } from './authz/probes/mastery.js';
import { materialProbes } from './authz/probes/materials.js';
import { orgProbes } from './authz/probes/org.js';
import { orgImportProbes } from './authz/probes/org-imports.js';
import { platformProbes, webProbes } from './authz/probes/platform.js';
import { practiceProbes } from './authz/probes/practice.js';
import { questionProbes } from './authz/probes/questions.js';
import { reportProbes } from './authz/probes/reports.js';
import { schoolYearProbes } from './authz/probes/school-years.js';
import { shareDecisionProbes } from './authz/probes/share-decisions.js';
import { topicProbes } from './authz/probes/topics.js';
import { exampleUrl, routeTable, type TableRoute } from './authz/routes.js';
import { type AuthzWorld, buildAuthzWorld } from './authz/world.js';

const PROBES: Probe[] = [
  ...platformProbes,
  ...webProbes,
  ...orgProbes,
  ...topicProbes,
  ...importProbes,
  ...orgImportProbes,
  ...reportProbes,
  ...learningOnlineProbes,
  ...schoolYearProbes,
  ...materialProbes,
  ...lectureProbes,
  ...masteryProbes,
  ...practiceProbes,
  ...questionProbes,
  ...assessmentProbes,
  ...shareDecisionProbes,
];

interface CaseResult {
  route: string;
  caller: Caller;
  location: Location;
  expected: Outcome;
  observed: Observed;
  status: number;
  code: string;
  /** Ids outside the caller's reach that an allowed list named anyway, of how many checked. */
  leaks: string[];
  checked: number;
}

let t: TestApp;
let world: AuthzWorld;
let table: TableRoute[];

beforeAll(async () => {
  t = await createMatrixApp();
  world = await buildAuthzWorld(t);
  // Every route the app registers, from Fastify's own onRoute hook: the table is never a hand list.
  table = routeTable(t.app.routeTable);
});
afterAll(async () => {
  await t?.close();
});

const STAFF = new Set<Caller>([
  'teacher',
  'school_admin',
  'district_officer',
  'province_officer',
  'system_admin',
]);

function contextFor(route: TableRoute, caller: Caller, location: Location): CaseContext {
  const scope = route.access === 'public' || caller === 'anonymous' ? undefined : route.access?.[caller];
  const unit = world.units[location];
  // On its own target, a caller who may reach only their own (or the unit's teacher) is the author.
  const callerIsAuthor =
    location === 'own' && STAFF.has(caller) && (scope === 'self' || caller === 'teacher');
  return {
    world,
    caller,
    location,
    scope,
    unit,
    author: callerIsAuthor ? world.callers[caller as Role] : unit.teacher,
  };
}

async function runCase(route: TableRoute, probe: Probe | undefined, caller: Caller, location: Location) {
  const access = route.access ?? {};
  const ctx = contextFor(route, caller, location);
  // First: what the caller must not see has to exist before the list is read.
  const hidden = (await probe?.hidden?.(ctx)) ?? [];
  const request = probe
    ? await probe.build(ctx)
    : { method: route.method, url: exampleUrl(route.url), classify: undefined, as: undefined };
  const { as, classify: byBody, ...options } = request;
  const client = caller === 'anonymous' ? null : (as ?? world.callers[caller].client);
  const response = client ? await client.request(options) : await t.app.inject(options);
  const observed = (byBody ?? classify)(response);
  return {
    route: route.key,
    caller,
    location,
    expected: expectedOutcome(access, caller, location),
    observed,
    status: response.statusCode,
    code: errorCode(response),
    leaks: observed === 'allow' ? hidden.filter((id) => response.body.includes(id)) : [],
    checked: observed === 'allow' ? hidden.length : 0,
  } satisfies CaseResult;
}

/**
 * The whole matrix runs in both modes (about a minute on this machine, under the two-minute line the
 * suite allows for it); a single-target probe runs once per caller.
 */
const locationsFor = (probe: Probe | undefined) =>
  probe?.single || !probe ? (['own'] as Location[]) : LOCATIONS;

const CELL: Record<string, string> = { allow: '+', deny: '.', invalid: '?' };

function printMatrix(results: CaseResult[]) {
  const byRoute = new Map<string, CaseResult[]>();
  for (const r of results) byRoute.set(r.route, [...(byRoute.get(r.route) ?? []), r]);
  const width = Math.max(...[...byRoute.keys()].map((k) => k.length));
  const head = CALLERS.map((c) => c.slice(0, 4).padEnd(5)).join(' ');
  const lines = [
    'Authorization matrix: per caller, one mark per target (own, peer, other school, other district)',
    `  + allowed  . denied  ? invalid probe  ! unexpected (as observed; a list naming what it must not)   mode: ${SUITE_SIZE}`,
    `${''.padEnd(width)}  ${head}`,
  ];
  for (const [route, cases] of byRoute) {
    const cells = CALLERS.map((caller) =>
      cases
        .filter((c) => c.caller === caller)
        .map((c) =>
          c.observed === c.expected && c.leaks.length === 0 ? CELL[c.observed] : `!${CELL[c.observed]}`,
        )
        .join('')
        .padEnd(5),
    );
    lines.push(`${route.padEnd(width)}  ${cells.join(' ')}`);
  }
  console.log(lines.join('\n'));
}

describe('authorization matrix', () => {
  it('every route declares who may call it and has a probe', () => {
    const probes = new Map(PROBES.map((p) => [p.route, p]));
    const undeclared = table.filter((r) => !r.access).map((r) => r.key);
    const exempt = table.filter((r) => r.exempt);
    const unprobed = table.filter((r) => !r.exempt && !probes.has(r.key)).map((r) => r.key);
    const stale = PROBES.filter((p) => !table.some((r) => r.key === p.route)).map((p) => p.route);
    const duplicate = PROBES.filter((p, i) => PROBES.findIndex((q) => q.route === p.route) !== i).map(
      (p) => p.route,
    );
    console.log(
      `route table: ${table.length} routes, ${table.length - exempt.length} declared, ${exempt.length} exempt (${exempt
        .map((r) => r.key)
        .join(', ')})`,
    );
    expect(undeclared, 'routes without an access declaration').toEqual([]);
    expect(unprobed, 'routes without a probe in security/authz/probes').toEqual([]);
    expect(stale, 'probes for routes that no longer exist').toEqual([]);
    expect(duplicate, 'routes with two probes').toEqual([]);
  });

  it('every route x caller x target answers as declared: no unexpected allow, no unexpected deny', async () => {
    const probes = new Map(PROBES.map((p) => [p.route, p]));
    const results: CaseResult[] = [];
    const started = performance.now();
    for (const route of table) {
      if (!route.access) continue;
      const probe = probes.get(route.key);
      if (!probe && !route.exempt) continue;
      for (const caller of CALLERS) {
        const locations = caller === 'anonymous' ? (['own'] as Location[]) : locationsFor(probe);
        for (const location of locations) results.push(await runCase(route, probe, caller, location));
      }
    }
    printMatrix(results);
    const wrong = (c: CaseResult) => c.observed !== c.expected || c.leaks.length > 0;
    const unexpectedAllows = results.filter((c) => wrong(c) && c.observed === 'allow');
    const unexpectedDenies = results.filter((c) => wrong(c) && c.observed === 'deny');
    const invalid = results.filter((c) => c.observed === 'invalid');
    const describeCase = (c: CaseResult) =>
      `${c.route} as ${c.caller} on ${c.location}: ${c.status} ${c.code}${c.leaks.length ? ` names ${c.leaks.length} it must not see` : ''}`;
    console.log(
      [
        `cases: ${results.length} in ${Math.round(performance.now() - started)} ms`,
        `allowed as expected: ${results.filter((c) => !wrong(c) && c.observed === 'allow').length}`,
        `denied as expected: ${results.filter((c) => !wrong(c) && c.observed === 'deny').length}`,
        `lists checked for what they must not name: ${results.filter((c) => c.checked > 0).length} cases, ${results.reduce((n, c) => n + c.checked, 0)} ids, ${results.reduce((n, c) => n + c.leaks.length, 0)} named`,
        `unexpected allows: ${unexpectedAllows.length}`,
        `unexpected denies: ${unexpectedDenies.length}`,
        `invalid probes: ${invalid.length}`,
        ...[...unexpectedAllows, ...unexpectedDenies, ...invalid].map((c) => `  ${describeCase(c)}`),
      ].join('\n'),
    );
    expect(unexpectedAllows.map(describeCase), 'unexpected allows').toEqual([]);
    expect(unexpectedDenies.map(describeCase), 'unexpected denies (a wrong declaration or probe)').toEqual(
      [],
    );
    expect(invalid.map(describeCase), 'probes the API refused as invalid (400, 429, 5xx)').toEqual([]);
  });
});
