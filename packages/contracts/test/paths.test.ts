import { describe, expect, it } from 'vitest';
import { assessmentEndpoints } from '../src/assessments.js';
import { authEndpoints } from '../src/auth.js';
import { attemptPaths, authPaths, pathOf } from '../src/paths/index.js';

describe('the zod-free paths', () => {
  it('are the paths the endpoints declare', () => {
    expect(assessmentEndpoints.submit.path).toBe(attemptPaths.submit);
    expect(authEndpoints.me.path).toBe(authPaths.me);
  });

  it('fill their parameters, encoded', () => {
    expect(pathOf(attemptPaths.answers, { attemptId: 'a/b' })).toBe('/api/attempts/a%2Fb/answers');
  });
});
