/**
 * The plain pool and the helpers that run its statements, for `*-sql.ts` files only (a
 * dependency-cruiser rule): `@hoclieu/db/sql`. Other files may hold the pool's type to pass it on.
 */

export { createListenConnection, type ListenConnection } from './listen.js';
export {
  execute,
  type Queryable,
  queryOptionalRow,
  queryRow,
  queryRows,
  type RowSchema,
  type Statement,
} from './query.js';
export { createSql, type Sql, UTC_SESSION } from './sql.js';
