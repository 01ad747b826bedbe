import type { ErrorCode } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import type { Actor, OrgScope } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { uniqueOr } from './unique.js';

/** Each kind of unit's code: unique within the kind, and the error naming a taken one. */
const codes = {
  province: {
    taken: 'PROVINCE_CODE_TAKEN',
    held: (db: Db, code: string) => db.province.findUnique({ where: { code } }),
  },
  district: {
    taken: 'DISTRICT_CODE_TAKEN',
    held: (db: Db, code: string) => db.district.findUnique({ where: { code } }),
  },
  school: {
    taken: 'SCHOOL_CODE_TAKEN',
    held: (db: Db, code: string) => db.school.findUnique({ where: { code } }),
  },
} satisfies Record<string, { taken: ErrorCode; held: (db: Db, code: string) => Promise<unknown> }>;

/**
 * Creates a province, district office or school under a code nobody holds, with its audit entry
 * (`<kind>.create`, keeping `details`) in the same transaction; a code taken meanwhile (the unique
 * index) is refused with the same error. Resolves to the new unit's id.
 */
export async function createUnit(
  db: Db,
  actor: Actor,
  kind: keyof typeof codes,
  details: { code: string; name: string; kind?: string },
  create: (tx: Prisma.TransactionClient) => Promise<{ id: string; scope: OrgScope }>,
): Promise<string> {
  const code = codes[kind];
  if (await code.held(db, details.code)) throw new AppError(code.taken);
  return uniqueOr(code.taken, () =>
    db.$transaction(async (tx) => {
      const created = await create(tx);
      await recordAudit(tx, {
        actor,
        action: `${kind}.create`,
        resourceType: kind,
        resourceId: created.id,
        scope: created.scope,
        details,
      });
      return created.id;
    }),
  );
}
