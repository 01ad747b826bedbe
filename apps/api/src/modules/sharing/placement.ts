import type { Role } from '@hoclieu/contracts';
import type { MaterialPlacement } from '@hoclieu/domain';

/** The sharing columns of a shared item's row (a material, a question), with its author's role when loaded. */
export interface PlacedRow {
  authorId: string;
  schoolId: string | null;
  districtId: string | null;
  provinceId: string | null;
  scope: MaterialPlacement['scope'];
  requestedScope: MaterialPlacement['requestedScope'];
  author?: { role: Role };
}

/** Where a shared item stands, and `classIds`: the classes it is taught in (none for a question). */
export function sharedPlacement(row: PlacedRow, classIds: string[] = []): MaterialPlacement {
  const { authorId, schoolId, districtId, provinceId, scope, requestedScope } = row;
  const authorRole = row.author?.role ?? null;
  return { authorId, schoolId, districtId, provinceId, scope, requestedScope, classIds, authorRole };
}
