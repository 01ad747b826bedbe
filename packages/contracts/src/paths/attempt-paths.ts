/**
 * The paths the light quiz page calls. The endpoint declarations take their `path` from here and the
 * quiz page's plain-fetch client builds its URLs from the same templates, so the two cannot drift
 * while the page stays free of zod.
 */
export const authPaths = {
  me: '/api/auth/me',
} as const;

export const attemptPaths = {
  attempt: '/api/attempts/:attemptId',
  answers: '/api/attempts/:attemptId/answers',
  submit: '/api/attempts/:attemptId/submit',
  result: '/api/attempts/:attemptId/result',
} as const;
