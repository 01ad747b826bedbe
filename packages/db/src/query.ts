import type pg from 'pg';

/**
 * Runs statements on the plain pool (sql.ts) and parses their rows, as PrairieLearn's
 * `queryRows(sql, params, Schema)`: the schema is the row's one declaration, so a renamed column or a
 * changed type fails loudly at the statement instead of flowing on as a wrong type.
 */

/** The pool, or one client checked out of it (a transaction): both run statements. */
export type Queryable = Pick<pg.Pool | pg.PoolClient | pg.Client, 'query'>;

/**
 * What parses a row: a zod schema fits (`z.object({...})`), and so does a hand-written parser where
 * a measured hot path cannot afford more (say why beside it).
 */
export interface RowSchema<T> {
  parse(row: unknown): T;
}

/**
 * A statement's text, with a name for the hot paths: a named statement is parsed and planned by
 * PostgreSQL once per connection, then only executed.
 */
export type Statement = string | { name: string; text: string };

function config(statement: Statement, values: readonly unknown[]): pg.QueryConfig {
  return typeof statement === 'string'
    ? { text: statement, values: values as unknown[] }
    : { name: statement.name, text: statement.text, values: values as unknown[] };
}

function nameOf(statement: Statement) {
  return typeof statement === 'string' ? statement.slice(0, 60) : statement.name;
}

/** Every row of the statement, each parsed by `schema`. */
export async function queryRows<T>(
  db: Queryable,
  statement: Statement,
  values: readonly unknown[],
  schema: RowSchema<T>,
): Promise<T[]> {
  const { rows } = await db.query(config(statement, values));
  return rows.map((row) => schema.parse(row));
}

/** The statement's one row, parsed; zero or several rows are a bug in the statement and throw. */
export async function queryRow<T>(
  db: Queryable,
  statement: Statement,
  values: readonly unknown[],
  schema: RowSchema<T>,
): Promise<T> {
  const { rows } = await db.query(config(statement, values));
  if (rows.length !== 1) throw new Error(`${nameOf(statement)}: expected one row, got ${rows.length}`);
  return schema.parse(rows[0]);
}

/** The statement's row parsed, or null when it returns none; several rows throw. */
export async function queryOptionalRow<T>(
  db: Queryable,
  statement: Statement,
  values: readonly unknown[],
  schema: RowSchema<T>,
): Promise<T | null> {
  const { rows } = await db.query(config(statement, values));
  if (rows.length > 1) throw new Error(`${nameOf(statement)}: expected at most one row, got ${rows.length}`);
  return rows.length === 0 ? null : schema.parse(rows[0]);
}

/** A statement run for its effect: the number of rows it touched. */
export async function execute(
  db: Queryable,
  statement: Statement,
  values: readonly unknown[] = [],
): Promise<number> {
  const { rowCount } = await db.query(config(statement, values));
  return rowCount ?? 0;
}
