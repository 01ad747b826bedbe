/**
 * The paths the practice view of the light quiz entry (/luyen-tap) calls; the practice endpoint
 * declarations take their `path` from here, like attempt-paths.ts.
 */
export const practicePaths = {
  progress: '/api/practice/progress',
  next: '/api/practice/next',
  answers: '/api/practice/answers',
} as const;
