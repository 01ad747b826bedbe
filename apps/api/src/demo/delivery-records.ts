import type { Db } from '@hoclieu/db';

/** Online periods per class per month, by school (in name order): a spread from far below to above target. */
const INTENSITY = [2, 9, 14, 4, 12, 6, 16, 3, 11, 8];

/**
 * Live online classes of the demo school year for every class of the demo province, confirmed by
 * each school's principal, so the report has a realistic spread: some schools reach the target,
 * others are on track or below. Marked with note "demo" so they are seeded once.
 */
export async function seedDemoDeliveryRecords({ db, clock }: { db: Db; clock: () => Date }): Promise<void> {
  if ((await db.onlineLesson.count({ where: { note: 'demo' } })) > 0) return;
  const year = await db.schoolYear.findFirst({ where: { isCurrent: true } });
  if (!year) return;
  const schools = await db.school.findMany({
    orderBy: { name: 'asc' },
    include: {
      users: { where: { role: { in: ['school_admin', 'teacher'] } }, select: { id: true, role: true } },
      classes: {
        where: { schoolYearId: year.id },
        include: { teachingAssignments: { select: { teacherId: true, subjectCode: true } } },
      },
    },
  });
  const today = clock();
  const rows = schools.flatMap((school, index) => {
    const principal = school.users.find((u) => u.role === 'school_admin')?.id ?? null;
    const perMonth = INTENSITY[index % INTENSITY.length] ?? 4;
    return school.classes.flatMap((c) => {
      const teaching = c.teachingAssignments;
      if (teaching.length === 0) return [];
      const records = [];
      for (let month = 0; ; month++) {
        const date = new Date(
          Date.UTC(year.startDate.getUTCFullYear(), year.startDate.getUTCMonth() + month, 15),
        );
        if (date > today || date > year.endDate) break;
        // Two sessions a month, split across the subjects the class's teachers teach.
        for (const [n, periods] of [Math.ceil(perMonth / 2), Math.floor(perMonth / 2)].entries()) {
          if (periods === 0) continue;
          const lesson = teaching[(month * 2 + n) % teaching.length] as {
            teacherId: string;
            subjectCode: string;
          };
          records.push({
            classId: c.id,
            subjectCode: lesson.subjectCode,
            date: new Date(date.getTime() + n * 7 * 24 * 3_600_000),
            periods,
            source: 'live',
            status: 'confirmed',
            link: `https://meet.example.vn/${c.id.slice(0, 8)}-${month}-${n}`,
            note: 'demo',
            teacherId: lesson.teacherId,
            confirmedById: principal,
            confirmedAt: date,
          });
        }
      }
      return records.filter((r) => r.date <= today);
    });
  });
  await db.onlineLesson.createMany({ data: rows });
}
