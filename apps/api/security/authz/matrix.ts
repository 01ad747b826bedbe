import { type Role, roles } from '@hoclieu/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RouteAccess, TargetScope } from '../../src/http/route.js';
import type { Client } from '../../test/helpers.js';
import type { AuthzWorld, Person, Unit } from './world.js';

/** Who calls: a signed-in role, or nobody. */
export type Caller = Role | 'anonymous';
export const CALLERS: Caller[] = ['anonymous', ...roles];

/**
 * Where the target lies, seen from the caller (school roles sit in school A1, the district officer in
 * district A, which holds A1 and A2; B1 is in district B of the same province):
 * own: the caller's own resource in their unit; peer: someone else's in the caller's own school A1;
 * otherSchool: in A2; otherDistrict: in B1.
 */
export type Location = 'own' | 'peer' | 'otherSchool' | 'otherDistrict';
export const LOCATIONS: Location[] = ['own', 'peer', 'otherSchool', 'otherDistrict'];

export type Outcome = 'allow' | 'deny';

/** The outcome a route's declaration promises for a caller and a target location. */
export function expectedOutcome(access: RouteAccess, caller: Caller, location: Location): Outcome {
  if (access === 'public') return 'allow';
  if (caller === 'anonymous') return 'deny';
  const scope = access[caller];
  if (!scope) return 'deny';
  if (scope === 'none') return 'allow';
  if (scope === 'self') return location === 'own' ? 'allow' : 'deny';
  // unit: within() for the caller's org unit.
  if (location === 'own' || location === 'peer') return 'allow';
  if (location === 'otherSchool')
    return ['district_officer', 'province_officer', 'system_admin'].includes(caller) ? 'allow' : 'deny';
  return ['province_officer', 'system_admin'].includes(caller) ? 'allow' : 'deny';
}

/** Error codes that refuse access although their status is not 401/403/404. */
const ACCESS_CODES = new Set(['CLASS_NOT_TAUGHT', 'TEST_QUESTION_NOT_USABLE', 'IMPORT_ROW_FORBIDDEN']);

export type Observed = Outcome | 'invalid';

/**
 * allow: 2xx, or a domain refusal that is not about access (409, most 422s); deny: 401, 403, 404
 * (the API hides what the caller may not see) and the access codes above; invalid: a 400 (the probe's
 * request was wrong, so the case proves nothing), a 429 or a 5xx.
 */
export function classify(response: LightMyRequestResponse): Observed {
  const status = response.statusCode;
  if (status < 300) return 'allow';
  if (status === 401 || status === 403 || status === 404) return 'deny';
  if (status === 400 || status === 429 || status >= 500) return 'invalid';
  return ACCESS_CODES.has(errorCode(response)) ? 'deny' : 'allow';
}

export function errorCode(response: LightMyRequestResponse): string {
  try {
    return (response.json() as { error?: { code?: string } }).error?.code ?? '';
  } catch {
    return '';
  }
}

/** What a probe gets to build one case's request. */
export interface CaseContext {
  world: AuthzWorld;
  caller: Caller;
  location: Location;
  /** The declared reach of the caller's role on this route (undefined: refused). */
  scope: TargetScope | undefined;
  /** The school unit the target lies in (own and peer: A1). */
  unit: Unit;
  /**
   * Who authored the target (material, question, test, upload, assignment): the caller for `own`
   * when the caller's role may only reach its own (`self`) or is the unit's teacher, else the unit's
   * teacher (peer: another teacher of A1).
   */
  author: Person;
}

interface ProbeRequest extends InjectOptions {
  method: InjectOptions['method'] & string;
  url: string;
  /** Send as this client instead of the caller's (a fresh session of the same role, for logout). */
  as?: Client;
  /** Decide the outcome from the body when the status alone does not tell (import reports). */
  classify?: (response: LightMyRequestResponse) => Observed;
}

export interface Probe {
  /** `${method} ${url}` as in the route table. */
  route: string;
  /**
   * Why the target cannot be placed in another unit (implicit, sector-wide, or no target): the probe
   * then runs once per caller. Required when the route declares a `unit` or `self` reach.
   */
  single?: string;
  build(ctx: CaseContext): Promise<ProbeRequest>;
  /**
   * For a list: ids of things outside the caller's reach. An allowed answer that names one of them
   * is a leak, counted as an unexpected allow.
   */
  hidden?(ctx: CaseContext): Promise<string[]>;
}

export const probe = (route: string, build: Probe['build'], single?: string): Probe => ({
  route,
  build,
  ...(single ? { single } : {}),
});

/**
 * A request without a body to a route naming one target in its path: the path's `:param` is the id
 * of what `target` makes (or reuses) for the case.
 */
export const targetProbe = (route: string, target: (ctx: CaseContext) => Promise<{ id: string }>): Probe =>
  probe(route, async (ctx) => {
    const [method = '', path = ''] = route.split(' ');
    return { method: method as ProbeRequest['method'], url: path.replace(/:\w+/, (await target(ctx)).id) };
  });

/** A list filtered by the caller's scope: one case per caller, checked for what it must not name. */
export const list = (route: string, build: Probe['build'], hidden: NonNullable<Probe['hidden']>): Probe => ({
  route,
  build,
  single: "no target: a list filtered by the caller's scope",
  hidden,
});
