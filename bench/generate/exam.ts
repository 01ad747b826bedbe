import { randomUUID } from 'node:crypto';
import { shuffleWith } from '@hoclieu/domain';
import type pg from 'pg';
import type { ProvinceFacts } from '../lib/scenario.js';
import { random } from './text.js';

const ITEMS = 20;
const VERSIONS = 4;

/**
 * A district exam: 20 approved single-choice questions of the first district, 4 paper versions
 * (question and option order shuffled, the layout the API rebuilds papers from), assigned to every
 * secondary class of the district, open for a year with many attempts allowed (runs repeat it).
 */
export async function generateExam(pool: pg.Pool, provinceId: string): Promise<ProvinceFacts['exam']> {
  const district = await pool.query<{ id: string; teacher_id: string; school_id: string }>(
    `SELECT d.id, u.id AS teacher_id, sc.id AS school_id FROM "District" d
     JOIN "School" sc ON sc."districtId" = d.id JOIN "User" u ON u."schoolId" = sc.id AND u.role = 'teacher'
     WHERE d."provinceId" = $1 AND 'lower_secondary' = ANY(sc.levels)
     ORDER BY d.code, sc.code, u.username LIMIT 1`,
    [provinceId],
  );
  const first = district.rows[0];
  if (!first) throw new Error('No secondary school to hold the exam');
  const questions = await pool.query<{ id: string; version_id: string }>(
    `SELECT q.id, v.id AS version_id FROM "Question" q JOIN "QuestionVersion" v ON v."questionId" = q.id
     WHERE q."districtId" = $1 AND q.type = 'single_choice' AND q.scope IN ('district', 'province')
     ORDER BY q.id LIMIT ${ITEMS}`,
    [first.id],
  );
  const examId = randomUUID();
  await pool.query(
    `INSERT INTO "Exam" (id, title, "subjectCode", grade, "durationMinutes", settings, header, "authorId",
       "schoolId", "districtId", "provinceId", "updatedAt")
     VALUES ($1, 'Kiểm tra giữa kì (đề chung của huyện)', 'toan', 9, 45, $2, $3, $4, $5, $6, $7, now())`,
    [
      examId,
      JSON.stringify({
        shuffleQuestions: true,
        withinParts: true,
        shuffleOptions: true,
        multipleSelect: 'all_or_nothing',
      }),
      JSON.stringify({ authority: 'PHÒNG GDĐT HUYỆN THỬ 1', school: '', schoolYear: '' }),
      first.teacher_id,
      first.school_id,
      first.id,
      provinceId,
    ],
  );
  const keys = questions.rows.map((_, i) => String(i + 1));
  await pool.query(
    `INSERT INTO "ExamItem" (id, "examId", key, position, "questionId", "questionVersionId", points, part)
     SELECT gen_random_uuid(), $1, i.key, i.position, i.question_id::uuid, i.version_id::uuid, 0.25, 'I'
     FROM jsonb_to_recordset($2::jsonb) AS i(key text, position int, question_id text, version_id text)`,
    [
      examId,
      JSON.stringify(
        questions.rows.map((q, i) => ({
          key: String(i + 1),
          position: i,
          question_id: q.id,
          version_id: q.version_id,
        })),
      ),
    ],
  );
  for (let v = 0; v < VERSIONS; v++) {
    const next = random(100 + v);
    const options = Object.fromEntries(keys.map((key) => [key, shuffleWith(['A', 'B', 'C', 'D'], next)]));
    await pool.query(
      `INSERT INTO "ExamVersion" (id, "examId", code, seed, layout) VALUES ($1, $2, $3, $4, $5)`,
      [
        randomUUID(),
        examId,
        String(101 + v),
        `bench-${v}`,
        JSON.stringify({ order: shuffleWith(keys, next), options }),
      ],
    );
  }
  const assignmentId = randomUUID();
  await pool.query(
    `INSERT INTO "Assignment" (id, "examId", "teacherId", "opensAt", "closesAt", "timeLimitMinutes",
       "attemptsAllowed", "releasePolicy", periods, "extraTime")
     VALUES ($1, $2, $3, now() - interval '1 day', now() + interval '365 days', 45, 1000, 'after_close', 1, '[]')`,
    [assignmentId, examId, first.teacher_id],
  );
  await pool.query(
    `INSERT INTO "AssignmentClass" ("assignmentId", "classId")
     SELECT $1, c.id FROM "Class" c JOIN "School" sc ON sc.id = c."schoolId"
     WHERE sc."districtId" = $2 AND c.grade >= 6`,
    [assignmentId, first.id],
  );
  return { examId, assignmentId, teacherId: first.teacher_id, items: keys.length };
}
