import { describe, expect, test } from 'vitest';
import { codeForStatus, errorCodes, errorStatus } from '../src/index.js';

/** The web app's own table before it read the contracts' one (apps/web/src/api/api-error.ts). */
function codeForStatusBefore(status: number) {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_ERROR';
}

describe('errorStatus', () => {
  test('gives every code a status, and only codes', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...errorCodes].sort());
    for (const status of Object.values(errorStatus)) expect(status).toBeGreaterThanOrEqual(400);
  });

  test('a bare status reads back as the code the web app assumed before', () => {
    for (let status = 100; status < 600; status++)
      expect(codeForStatus(status)).toBe(codeForStatusBefore(status));
  });

  test("a status's generic code answers with that status", () => {
    for (const status of [401, 403, 404, 413, 429, 503])
      expect(errorStatus[codeForStatus(status)]).toBe(status);
  });
});
