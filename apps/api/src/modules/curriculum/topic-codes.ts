import type { Db } from '@hoclieu/db';

/** "TOAN", "KHTN", else the subject code in capitals without dashes (as the migration backfilled). */
function subjectCodePrefix(subjectCode: string): string {
  if (subjectCode === 'khoa-hoc-tu-nhien') return 'KHTN';
  return subjectCode.replaceAll('-', '').toUpperCase();
}

/**
 * A code for a topic added by hand: "<SUBJECT>-<grade>-C<n>" for a chapter, "<chapter code>-B<n>" for a
 * lesson, the first n not yet taken in the (subject, grade) shared tree.
 */
export async function manualTopicCode(
  db: Db,
  input: { subjectCode: string; grade: number; parentId: string | null },
): Promise<string> {
  const parent = input.parentId
    ? await db.topic.findUnique({ where: { id: input.parentId }, select: { code: true } })
    : null;
  const base = parent ? `${parent.code}-B` : `${subjectCodePrefix(input.subjectCode)}-${input.grade}-C`;
  const taken = new Set(
    (
      await db.topic.findMany({
        where: { subjectCode: input.subjectCode, grade: input.grade, series: '', code: { startsWith: base } },
        select: { code: true },
      })
    ).map((t) => t.code),
  );
  let n = 1;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}
