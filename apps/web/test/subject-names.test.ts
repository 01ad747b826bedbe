import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subjectNamesEn } from '../src/i18n/subjects-en';

/** The subject codes of the shipped curriculum table (packages/db/data). */
const shippedCodes = new Set(
  // The tests run from apps/web.
  readFileSync(resolve('../../packages/db/data/curriculum-gdpt2018-periods.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[2] ?? ''),
);

describe('English subject names', () => {
  it('name every subject of the shipped curriculum, and no other code', () => {
    expect([...shippedCodes].filter((code) => !subjectNamesEn[code])).toEqual([]);
    expect(Object.keys(subjectNamesEn).filter((code) => !shippedCodes.has(code))).toEqual([]);
  });
});
