export { createTestDatabase, type TestDatabase } from './database.js';
export * from './factories.js';
export { createPreviousReleaseDatabase, PREVIOUS_RELEASE, previousReleaseSql } from './previous-release.js';
