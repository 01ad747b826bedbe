import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import type { z } from 'zod';
import {
  arbitraryOf,
  hostileValue,
  type JsonSchema,
  jsonSchemaOf,
  type Leaf,
  leavesOf,
  type Pools,
  withValueAt,
} from './arbitraries.js';

/** Requests generated from a route's own zod contract: of its shape, or with hostile values mixed in. */

export interface Generated {
  params: unknown;
  query: unknown;
  body: unknown;
}

export const schemaOf = (route: RouteOptions, part: 'params' | 'querystring' | 'body'): JsonSchema | null => {
  const schema = (route.schema as Record<string, unknown> | undefined)?.[part];
  return schema ? jsonSchemaOf(schema as z.ZodType) : null;
};

/** A file sent as multipart/form-data, as a browser form does (upload routes have no body contract). */
export class FilePart {
  constructor(
    readonly fileName: string,
    readonly bytes: Uint8Array,
  ) {}
}
export const HOSTILE_FILE_NAMES = [
  'to-chuc\u0000.xlsx',
  '\u0007\u001b.csv',
  '\uD800.docx',
  `${'ê'.repeat(5_000)}.xlsx`,
  '../../x.xlsx',
];
/** Files with odd names: random bytes, or `workbook` (a real one gets past the import's first check). */
const filePartsOf = (workbook: Uint8Array) =>
  fc
    .record({
      fileName: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE_FILE_NAMES)),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constant(0).map(() => workbook),
      ),
    })
    .map(({ fileName, bytes }) => new FilePart(fileName, bytes));

/** Requests for a route: of the contract's shape (hostility 0) or with hostile values mixed in. */
export function requestsFor(
  route: RouteOptions,
  pools: Pools,
  workbook: Uint8Array,
): fc.Arbitrary<Generated> {
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
          ? filePartsOf(workbook)
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
export function partLeaves(route: RouteOptions): { part: keyof Generated; leaf: Leaf }[] {
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
