import { describe, expect, it } from 'vitest';
import { buildPath } from '../src/endpoint.js';
import { errorMessages } from '../src/errors.js';

describe('buildPath', () => {
  it('fills named segments, encoded', () => {
    expect(buildPath('/api/schools/:schoolId/classes', { schoolId: 'a b' })).toBe(
      '/api/schools/a%20b/classes',
    );
  });

  it('fills a trailing wildcard keeping its slashes', () => {
    expect(buildPath('/api/m/:id/package/*', { id: '1', '*': 'js/app đ.js' })).toBe(
      '/api/m/1/package/js/app%20%C4%91.js',
    );
    expect(buildPath('/api/m/:id/package/*', { id: '1' })).toBe('/api/m/1/package/');
  });

  it('refuses a missing parameter', () => {
    expect(() => buildPath('/api/schools/:schoolId', {})).toThrow(/schoolId/);
  });
});

describe('error messages', () => {
  it('has a Vietnamese and an English message for every code', () => {
    for (const [code, { vi, en }] of Object.entries(errorMessages)) {
      expect(vi.length, code).toBeGreaterThan(5);
      expect(en.length, code).toBeGreaterThan(5);
      expect(vi, code).not.toBe(en);
    }
  });
});
