import { createDb, type Db } from '@hoclieu/db';
import { createSql, type Sql } from '@hoclieu/db/sql';
import type { ConnectionBudget } from './connection-budget.js';

/** The process's two ways to PostgreSQL, each sized from the one budget (connection-budget.ts). */
export function openDatabase(connectionString: string, budget: ConnectionBudget): { db: Db; sql: Sql } {
  return {
    db: createDb({ connectionString, maxConnections: budget.prisma }),
    sql: createSql({ connectionString, maxConnections: budget.pool }),
  };
}
