import { makeClass } from '@hoclieu/db/testing';
import { describe, expect, it } from 'vitest';
import { fileAssessmentWorld } from './assessment-world.js';
import { post } from './question-fixtures.js';

/** A test of Lớp 6 goes to classes of Lớp 6 only. */
const world = await fileAssessmentWorld();

describe('assigning an exam to a class of another grade', () => {
  it('is refused with ASSIGNMENT_CLASS_GRADE, even together with a class of the right grade', async () => {
    const { t, w } = world;
    const ninth = await makeClass(t.db, {
      schoolId: w.school.id,
      schoolYearId: w.schoolClass.schoolYearId,
      name: '9A',
      grade: 9,
    });
    await t.db.teachingAssignment.create({
      data: { teacherId: w.teacher.user.id, classId: ninth.id, subjectCode: 'toan' },
    });
    const exam = await world.examWithVersion('grade');
    const now = Date.now();
    const response = await post(w.teacher.client, `/api/exams/${exam.id}/assignments`, {
      classIds: [w.schoolClass.id, ninth.id],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      timeLimitMinutes: 15,
      releasePolicy: 'immediately',
      periods: 1,
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'ASSIGNMENT_CLASS_GRADE',
      message: 'Chỉ giao được đề cho lớp cùng khối với đề.',
    });
    expect(await t.db.assignment.count({ where: { examId: exam.id } })).toBe(0);
  });

  it('still assigns it to the classes of its grade', async () => {
    const exam = await world.examWithVersion('grade');
    const assignment = await world.assign(exam.id);
    expect(assignment.id).toBeTruthy();
  });
});
