export { createDb, type Db, type DbOptions } from './client.js';
export * from './generated/prisma/client.js';
export { ensureDatabase, MigrationError, migrate, readMigrations } from './migrate.js';
