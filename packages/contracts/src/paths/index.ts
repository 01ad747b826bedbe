// `@hoclieu/contracts/paths`: API paths without zod, for the light quiz page (see attempt-paths.ts).
export { attemptPaths, authPaths } from './attempt-paths.js';
export { buildPath, type PathParams, pathOf } from './build-path.js';
export { practicePaths } from './practice-paths.js';
