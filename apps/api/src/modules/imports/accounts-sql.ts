import type { Prisma, Role } from '@hoclieu/db';

/** A new account as an import creates it, with the class it joins or the classes it teaches. */
export interface NewAccount {
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  provinceId: string | null;
  districtId: string | null;
  schoolId: string | null;
  /** Student: the class enrolled in. */
  classIds: string[];
  /** Teacher: the classes and subjects taught. */
  assignments: { classId: string; subjectCode: string }[];
}

const INSERT_USERS = `
INSERT INTO "User" (id, username, "fullName", email, role, "provinceId", "districtId", "schoolId",
                    "passwordHash", "mustChangePassword", "updatedAt")
SELECT gen_random_uuid(), t.username, t."fullName", t.email, t.role, t."provinceId", t."districtId",
       t."schoolId", t."passwordHash", true, now()
FROM unnest($1::text[], $2::text[], $3::text[], $4::"Role"[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[])
  AS t(username, "fullName", email, role, "provinceId", "districtId", "schoolId", "passwordHash")`;

const INSERT_ENROLLMENTS = `
INSERT INTO "Enrollment" ("studentId", "classId")
SELECT u.id, t."classId"
FROM unnest($1::text[], $2::uuid[]) AS t(username, "classId")
JOIN "User" u ON u.username = t.username`;

const INSERT_ASSIGNMENTS = `
INSERT INTO "TeachingAssignment" ("teacherId", "classId", "subjectCode")
SELECT u.id, t."classId", t."subjectCode"
FROM unnest($1::text[], $2::uuid[], $3::text[]) AS t(username, "classId", "subjectCode")
JOIN "User" u ON u.username = t.username
ON CONFLICT DO NOTHING`;

/**
 * Creates a chunk's new accounts with three multi-row statements instead of a few per account:
 * a province's 300,000 students are otherwise a million round trips.
 */
export async function insertAccounts(
  tx: Prisma.TransactionClient,
  accounts: (NewAccount & { passwordHash: string })[],
): Promise<void> {
  if (accounts.length === 0) return;
  const column = <K extends keyof NewAccount | 'passwordHash'>(key: K) => accounts.map((a) => a[key]);
  await tx.$executeRawUnsafe(
    INSERT_USERS,
    column('username'),
    column('fullName'),
    column('email'),
    column('role'),
    column('provinceId'),
    column('districtId'),
    column('schoolId'),
    column('passwordHash'),
  );
  const enrollments = accounts.flatMap((a) => a.classIds.map((classId) => [a.username, classId] as const));
  if (enrollments.length > 0) {
    await tx.$executeRawUnsafe(
      INSERT_ENROLLMENTS,
      enrollments.map((e) => e[0]),
      enrollments.map((e) => e[1]),
    );
  }
  const assignments = accounts.flatMap((a) => a.assignments.map((s) => ({ username: a.username, ...s })));
  if (assignments.length > 0) {
    await tx.$executeRawUnsafe(
      INSERT_ASSIGNMENTS,
      assignments.map((s) => s.username),
      assignments.map((s) => s.classId),
      assignments.map((s) => s.subjectCode),
    );
  }
}
