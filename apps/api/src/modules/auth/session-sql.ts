import { roleSchema, schoolLevelSchema } from '@hoclieu/contracts';
import { type Queryable, queryOptionalRow } from '@hoclieu/db/sql';
import { z } from 'zod';

const SessionRow = z.object({
  id: z.string(),
  userId: z.string(),
  csrfToken: z.string(),
  expiresAt: z.date(),
  lastSeenAt: z.date(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  schoolLevels: z.array(schoolLevelSchema).nullable(),
  districtId: z.string().nullable(),
  districtName: z.string().nullable(),
  provinceId: z.string().nullable(),
  provinceName: z.string().nullable(),
});

/**
 * The session, its user and the user's org chain in one statement (the user's unit decides the chain).
 * A disabled account, or one whose unit (or a unit above it) is deactivated, has no session.
 */
const FIND_SQL = `SELECT s.id, s."userId", s."csrfToken", s."expiresAt", s."lastSeenAt",
  u.username, u."fullName", u.role::text AS role, u."mustChangePassword",
  (u.disabled OR sc."deactivatedAt" IS NOT NULL OR d."deactivatedAt" IS NOT NULL
    OR p."deactivatedAt" IS NOT NULL) AS disabled,
  sc.id AS "schoolId", sc.name AS "schoolName", sc.levels::text[] AS "schoolLevels",
  d.id AS "districtId", d.name AS "districtName", p.id AS "provinceId", p.name AS "provinceName"
FROM "Session" s
JOIN "User" u ON u.id = s."userId"
LEFT JOIN "School" sc ON sc.id = u."schoolId"
LEFT JOIN "District" d ON d.id = coalesce(sc."districtId", u."districtId")
LEFT JOIN "Province" p ON p.id = coalesce(d."provinceId", u."provinceId")
WHERE s.id = $1`;

/** The session of stored id `id` with its user and org chain, or null. Every request's first statement. */
export function findSession(sql: Queryable, id: string) {
  return queryOptionalRow(sql, { name: 'session-find', text: FIND_SQL }, [id], SessionRow);
}
