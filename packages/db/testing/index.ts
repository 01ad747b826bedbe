export { createTestDatabase, type TestDatabase } from './database.js';
export * from './factories.js';
