import type { Tx } from '../imports/plan.js';

export interface SealedCredential {
  importId: string;
  username: string;
  fullName: string;
  sheet: string;
  row: number;
  secret: string;
}

const INSERT_CREDENTIALS = `
INSERT INTO "OrgImportCredential" ("importId", username, "fullName", sheet, row, secret)
SELECT $1::uuid, t.username, t."fullName", t.sheet, t.row, t.secret
FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS t(username, "fullName", sheet, row, secret)`;

/** A chunk's one-time passwords (sealed), in one statement, in the chunk's transaction. */
export async function insertCredentials(tx: Tx, importId: string, rows: SealedCredential[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    INSERT_CREDENTIALS,
    importId,
    rows.map((r) => r.username),
    rows.map((r) => r.fullName),
    rows.map((r) => r.sheet),
    rows.map((r) => r.row),
    rows.map((r) => r.secret),
  );
}
