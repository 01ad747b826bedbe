import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoints, INT4_MAX, isWebLink, webLinkSchema } from '../src/index.js';

interface Node {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
}

/** Every number a request carries (params, query, body), as `GET /path body.items.0.seq`. */
function requestNumbers(): { at: string; node: Node }[] {
  const found: { at: string; node: Node }[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${at}.${i}`);
    } else if (value && typeof value === 'object') {
      const node = value as Node;
      if (node.type === 'integer' || node.type === 'number') found.push({ at, node });
      for (const [key, item] of Object.entries(node)) walk(item, `${at}.${key}`);
    }
  };
  for (const group of Object.values(endpoints))
    for (const e of Object.values(group) as { method: string; path: string; [part: string]: unknown }[])
      for (const part of ['params', 'query', 'body'])
        if (e[part])
          walk(
            z.toJSONSchema(e[part] as z.ZodType, { io: 'input', unrepresentable: 'any' }),
            `${e.method} ${e.path} ${part}`,
          );
  return found;
}

/** Numbers deliberately wider than int4, each with why. */
const WIDER: Record<string, string> = {
  'POST /api/uploads body.properties.size': 'a file size: a BigInt column, bounded to a safe integer',
};

describe('numbers in requests', () => {
  it('bounds every integer a request carries to what an int4 column holds', () => {
    const numbers = requestNumbers();
    expect(numbers.length).toBeGreaterThan(20);
    const unbounded = numbers
      .filter(({ at, node }) => node.type === 'integer' && !(at in WIDER))
      .filter(
        ({ node }) => (node.maximum ?? Infinity) > INT4_MAX || (node.minimum ?? -Infinity) < -INT4_MAX - 1,
      )
      .map(({ at }) => at);
    expect(unbounded).toEqual([]);
  });

  it('bounds every decimal a request carries', () => {
    const unbounded = requestNumbers()
      .filter(({ node }) => node.type === 'number')
      .filter(({ node }) => node.maximum === undefined || node.minimum === undefined)
      .map(({ at }) => at);
    // The KPI target's range is the service's check, with its own code (KPI_TARGET_OUT_OF_RANGE).
    expect(unbounded.filter((at) => !at.includes('/api/kpi-targets'))).toEqual([]);
  });
});

describe('evidence links', () => {
  it('takes http(s) web addresses only', () => {
    for (const link of ['https://meet.google.com/abc', 'http://truong.edu.vn/a?b=1', ' https://zoom.us/j/1 '])
      expect(webLinkSchema.safeParse(link).success, link).toBe(true);
    for (const link of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://a.vn/x',
      'https://',
      'meet.google.com/abc',
      '',
    ]) {
      expect(isWebLink(link), link).toBe(false);
      expect(webLinkSchema.safeParse(link).success, link).toBe(false);
    }
  });
});
