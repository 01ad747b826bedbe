import { type Db, Prisma } from '@hoclieu/db';

/**
 * Ids of rows whose columns contain the query, ignoring case and Vietnamese diacritics
 * ("tien hoa" finds "Tiến Hoá"), through PostgreSQL's unaccent.
 */
export async function idsMatching(
  db: Db,
  table: 'School' | 'User',
  columns: string[],
  query: string,
): Promise<string[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions = Prisma.join(
    columns.map(
      (column) => Prisma.sql`unaccent(lower(${Prisma.raw(`"${column}"`)})) LIKE unaccent(lower(${pattern}))`,
    ),
    ' OR ',
  );
  const rows = await db.$queryRaw<
    { id: string }[]
  >`SELECT id::text FROM ${Prisma.raw(`"${table}"`)} WHERE ${conditions}`;
  return rows.map((row) => row.id);
}
