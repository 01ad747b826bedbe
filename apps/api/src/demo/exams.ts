import { assignmentInputSchema, examInputSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { createAssignmentService } from '../modules/assessments/assignments.js';
import { createExamService } from '../modules/assessments/exams.js';
import { loadSessionUser } from '../modules/auth/session-user.js';

/**
 * A demo exam built from the approved demo questions, in two paper versions, assigned to 6A for a
 * month: the student demo account has a quiz to take on a first start.
 */
export async function seedDemoExam({ db, clock }: { db: Db; clock: () => Date }): Promise<void> {
  const teacher = await db.user.findUniqueOrThrow({ where: { username: 'giaovien' } });
  const actor = (await loadSessionUser(db, teacher.id))?.actor;
  const schoolClass = await db.class.findFirst({ where: { name: '6A', schoolId: teacher.schoolId ?? '' } });
  if (!actor || !schoolClass) return;
  const approved = await db.question.findMany({
    where: { tags: { has: 'demo' }, subjectCode: 'toan', scope: { not: 'private' } },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  const exams = createExamService(db);
  const exam = await exams.create(
    actor,
    examInputSchema.parse({
      title: 'Kiểm tra 15 phút – Toán (demo)',
      subjectCode: 'toan',
      grade: 6,
      durationMinutes: 15,
      items: approved.map((q) => ({ questionId: q.id })),
      header: {
        authority: 'PHÒNG GDĐT TUYÊN HOÁ',
        school: 'TRƯỜNG THCS TIẾN HOÁ',
        schoolYear: '2026 – 2027',
      },
    }),
  );
  await exams.makeVersions(actor, exam.id, 2, 'demo');
  const now = clock();
  await createAssignmentService(db, clock).assign(
    actor,
    exam.id,
    assignmentInputSchema.parse({
      classIds: [schoolClass.id],
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 30 * 24 * 3_600_000).toISOString(),
      timeLimitMinutes: 15,
      attemptsAllowed: 3,
      releasePolicy: 'immediately',
    }),
  );
}
