export { createDb, type Db, type DbOptions } from './client.js';
export { ensureDatabase, migrate, MigrationError, readMigrations } from './migrate.js';
export * from './generated/prisma/client.js';
