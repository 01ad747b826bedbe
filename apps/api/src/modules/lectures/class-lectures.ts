import type { Db } from '@hoclieu/db';
import { type Actor, isoDate, lectureStatus, mayFollowClassLectures, tracksLecture } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { materialInclude } from '../materials/repository.js';
import { lectureOf } from './lecture-file.js';

/** Lectures given to these classes (online lessons from a material), the latest first, once each. */
async function assignedLectures(db: Db, classIds: string[]) {
  const lessons = await db.onlineLesson.findMany({
    where: { classId: { in: classIds }, source: 'material', material: { deletedAt: null } },
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    include: { material: { include: materialInclude }, class: { select: { name: true } } },
  });
  const seen = new Set<string>();
  const lectures = [];
  for (const lesson of lessons) {
    if (!lesson.material || seen.has(lesson.material.id)) continue;
    const lecture = lectureOf(lesson.material, false);
    if (!lecture) continue;
    seen.add(lesson.material.id);
    lectures.push({ lesson, material: lesson.material, scorm: lecture.scorm });
  }
  return lectures;
}

/** What teachers follow (completion and score per student) and what students see in their list. */
export function createClassLectureService(db: Db) {
  return {
    async classProgress(actor: Actor, classId: string) {
      const cls = await db.class.findUnique({ where: { id: classId } });
      if (!cls) throw new AppError('CLASS_NOT_FOUND');
      const teaches = await db.teachingAssignment.findFirst({ where: { classId, teacherId: actor.userId } });
      if (!mayFollowClassLectures(actor, cls, teaches !== null)) throw forbidden();
      const lectures = await assignedLectures(db, [classId]);
      const students = await db.enrollment.findMany({
        where: { classId },
        include: { student: { select: { id: true, fullName: true } } },
        orderBy: { student: { fullName: 'asc' } },
      });
      const rows = await db.lectureProgress.findMany({
        where: {
          materialId: { in: lectures.map((l) => l.material.id) },
          userId: { in: students.map((s) => s.studentId) },
        },
      });
      const byKey = new Map(rows.map((r) => [`${r.materialId}:${r.userId}`, r]));
      return {
        lectures: lectures.map(({ material, scorm }) => ({
          materialId: material.id,
          title: material.approvedTitle ?? material.title,
          version: scorm.version,
          masteryScore: scorm.masteryScore,
          students: students.map(({ student }) => {
            const row = byKey.get(`${material.id}:${student.id}`) ?? null;
            return {
              studentId: student.id,
              name: student.fullName,
              status: lectureStatus(row),
              scoreRaw: row?.scoreRaw ?? null,
              scoreScaled: row?.scoreScaled ?? null,
              totalSeconds: row?.totalSeconds ?? 0,
              updatedAt: row?.updatedAt.toISOString() ?? null,
            };
          }),
        })),
      };
    },

    async mine(actor: Actor) {
      if (!tracksLecture(actor)) return { lectures: [] };
      const enrollments = await db.enrollment.findMany({ where: { studentId: actor.userId } });
      const lectures = await assignedLectures(
        db,
        enrollments.map((e) => e.classId),
      );
      const rows = await db.lectureProgress.findMany({
        where: { userId: actor.userId, materialId: { in: lectures.map((l) => l.material.id) } },
      });
      const byMaterial = new Map(rows.map((r) => [r.materialId, r]));
      return {
        lectures: lectures.map(({ lesson, material }) => {
          const row = byMaterial.get(material.id) ?? null;
          return {
            materialId: material.id,
            title: material.approvedTitle ?? material.title,
            className: lesson.class.name,
            date: isoDate(lesson.date),
            status: lectureStatus(row),
            scoreRaw: row?.scoreRaw ?? null,
            scoreScaled: row?.scoreScaled ?? null,
          };
        }),
      };
    },
  };
}
