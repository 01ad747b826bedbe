import fc from 'fast-check';
import { z } from 'zod';

/** A JSON Schema node as zod 4's `z.toJSONSchema` writes it for a request part (the input side). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** A request part's zod contract as JSON Schema: formats, bounds, patterns and enums kept. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as JsonSchema;
}

/**
 * Values that break what a database or a parser holds, of every type: NUL and other control
 * characters, lone surrogates, int4 and safe-integer edges, huge magnitudes, long text, wrong types.
 */
const HOSTILE_STRINGS = [
  '\u0000',
  'phân số\u0000',
  '\u0007\u001b[31m',
  '\uD800',
  'a\uDFFFb',
  '',
  ' ',
  'x'.repeat(5_000),
  'Ư'.repeat(70_000),
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
  '2147483648',
  '-2147483649',
  '1e12',
  '1e400',
  'NaN',
  '-1',
  '0',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '2026-02-30',
  '99999-01-01',
  '0000-01-01',
  'javascript:alert(1)',
];
const HOSTILE_NUMBERS = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e12,
  1e308,
  -1e308,
  -1,
  0,
  0.5,
  5e-324,
];
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      [],
      {},
      [null],
      { '\u0000': 1 },
      ['\u0000'],
      [[[[]]]],
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Where a generated value comes from that cannot be random: real ids and codes of the world. */
export interface Pools {
  /** Ids of rows in the world (classes, materials, tests, attempts…): a random uuid is only ever a 404. */
  ids: string[];
  /** Codes a field named so should often carry (subjectCode: toan). */
  byName: Record<string, string[]>;
}

const VIETNAMESE = [
  'Phân số',
  'Hình học lớp 6',
  'Bài kiểm tra 15 phút',
  'Đề cương ôn tập',
  'toan',
  'Nguyễn Văn An',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const calendarDate = fc
  .record({
    y: fc.integer({ min: 1990, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const instant = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

function stringArbitrary(s: JsonSchema, name: string, pools: Pools): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = s.maxLength ?? 20_000;
  if (s.format === 'uuid') {
    // Mostly ids of the field's own table (materialId: a material), some of any table, some unknown.
    const own = pools.byName[name] ?? [];
    return fc.oneof(
      ...(own.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...own) }] : []),
      ...(pools.ids.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...pools.ids) }] : []),
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    );
  }
  if (s.format === 'date') return calendarDate;
  if (s.format === 'date-time') return instant;
  if (s.format === 'email') return fc.emailAddress();
  if (s.pattern && !s.format) {
    try {
      const matching = fc.stringMatching(new RegExp(s.pattern));
      return matching.filter((v) => v.length >= minLength && v.length <= maxLength);
    } catch {
      // A pattern fast-check cannot read: plain text below.
    }
  }
  const named = pools.byName[name];
  const fitting = (texts: string[]) => texts.filter((v) => v.length >= minLength && v.length <= maxLength);
  const choices: fc.WeightedArbitrary<string>[] = [
    {
      weight: 3,
      arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, Math.max(minLength, 40)) }),
    },
    // The longest a contract allows (or, when it sets none, long): index and column limits show here.
    { weight: 1, arbitrary: fc.constant('ê'.repeat(Math.max(minLength, Math.min(maxLength, 20_000)))) },
  ];
  if (fitting(VIETNAMESE).length > 0)
    choices.push({ weight: 2, arbitrary: fc.constantFrom(...fitting(VIETNAMESE)) });
  if (named && fitting(named).length > 0)
    choices.push({ weight: 6, arbitrary: fc.constantFrom(...fitting(named)) });
  return fc.oneof(...choices);
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const INT4 = 2 ** 31 - 1;
  const low =
    s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-9) : undefined);
  const high =
    s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-9) : undefined);
  if (integer) {
    const min = Math.max(low ?? -Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
    const max = Math.min(high ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const small = fc.integer({ min: Math.max(min, -INT4 - 1), max: Math.min(max, Math.max(min, INT4)) });
    return fc.oneof({ weight: 4, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
  }
  const min = low ?? -1e308;
  const max = high ?? 1e308;
  return fc.oneof(
    { weight: 4, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

/**
 * Values for a JSON Schema node. `hostility` is the weight of a hostile value at each node against 8
 * for a value of the contract's shape: 0 makes requests the contract accepts (they reach the services,
 * with the bounds' extremes), more makes requests with one or several fields out of shape.
 */
export function arbitraryOf(
  s: JsonSchema,
  pools: Pools,
  hostility: number,
  name = '',
): fc.Arbitrary<unknown> {
  const valid = validOf(s, pools, hostility, name);
  if (hostility === 0) return valid;
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: hostility, arbitrary: hostileValue });
}

function validOf(s: JsonSchema, pools: Pools, hostility: number, name: string): fc.Arbitrary<unknown> {
  const of = (node: JsonSchema, key = name) => arbitraryOf(node, pools, hostility, key);
  if (s.anyOf || s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf ?? []).map((node) => of(node)));
  if (s.allOf && s.allOf.length > 0) return of(s.allOf[0] as JsonSchema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringArbitrary(s, name, pools);
    case 'integer':
      return numberArbitrary(s, true);
    case 'number':
      return numberArbitrary(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((node) => of(node)));
      return fc.array(of(s.items ?? {}), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, Math.max(s.minItems ?? 0, 4)),
      });
    case 'object': {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const shape = Object.fromEntries(Object.entries(properties).map(([key, node]) => [key, of(node, key)]));
      const known = fc.record(shape, { requiredKeys: [...required].filter((key) => key in shape) });
      const extra = s.additionalProperties;
      if (!extra || typeof extra !== 'object') return known;
      const keys = s.propertyNames
        ? (of(s.propertyNames) as fc.Arbitrary<string>)
        : fc.string({ maxLength: 20 });
      return fc
        .tuple(known, fc.dictionary(keys.map(String), of(extra), { maxKeys: 3 }))
        .map(([a, b]) => ({ ...b, ...a }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A leaf of a request part (a string, number or boolean field), by its path in the part. */
export interface Leaf {
  path: (string | number)[];
  schema: JsonSchema;
}

/** Every leaf field of a part's schema; an array's first element and a union's first option stand for the rest. */
export function leavesOf(s: JsonSchema, path: (string | number)[] = [], depth = 0): Leaf[] {
  if (depth > 6) return [];
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const first = options.find((o) => o.type !== 'null') ?? options[0];
    return first ? leavesOf(first, path, depth + 1) : [];
  }
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object')
    return Object.entries(s.properties ?? {}).flatMap(([key, node]) =>
      leavesOf(node, [...path, key], depth + 1),
    );
  if (type === 'array') return s.items ? leavesOf(s.items, [...path, 0], depth + 1) : [];
  if (path.length === 0) return [];
  return [{ path, schema: s }];
}

/** A copy of `root` with `value` at `path`, objects and arrays made on the way as needed. */
export function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = root !== null && typeof root === 'object' ? structuredClone(root) : {};
  let node = copy as Record<string | number, unknown>;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

/** What the sweep puts in each leaf, one at a time: what a database or parser cannot hold. */
export function sweepValuesFor(leaf: Leaf): unknown[] {
  const type = Array.isArray(leaf.schema.type) ? leaf.schema.type[0] : leaf.schema.type;
  if (type === 'integer' || type === 'number') return [2 ** 31, -(2 ** 31) - 1, 1e12, 1e308];
  if (type === 'string' || leaf.schema.enum || leaf.schema.format)
    return ['a\u0000b', '\uD800', 'ê'.repeat(20_000), '2147483648'];
  return [null];
}
