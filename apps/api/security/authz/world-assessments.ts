import { refreshQuestion } from '../../src/modules/questions/repository.js';
import type { TestApp } from '../../test/helpers.js';
import { posted } from './posted.js';
import type { libraryMakers } from './world-library.js';
import { type Person, SUBJECT, type Unit } from './world-org.js';

/** Tests, assignments and attempts made on demand by their owners through the API. */
export function assessmentMakers(
  t: TestApp,
  question: ReturnType<typeof libraryMakers>['question'],
  next: () => number,
) {
  const { db } = t;

  /** An exam by `author` of one choice question and one essay, with one paper version (code 001...). */
  async function exam(author: Person) {
    // Shared at school level, so whoever may edit the exam (the system admin too) may use them.
    const choice = await question(author, { scope: 'school' });
    const essay = await posted<{ id: string }>(author, '/api/questions', {
      content: { type: 'essay', stem: `Trình bày lời giải ${next()}`, rubric: '<p>Đúng ý (1 điểm)</p>' },
      meta: { subjectCode: SUBJECT, grade: 6, level: 'van_dung' },
    });
    await db.question.update({ where: { id: essay.id }, data: { scope: 'school' } });
    await refreshQuestion(db, essay.id);
    const created = await posted<{ id: string }>(author, '/api/exams', {
      title: `Kiểm tra ${next()}`,
      subjectCode: SUBJECT,
      grade: 6,
      durationMinutes: 15,
      items: [{ questionId: choice.id }, { questionId: essay.id }],
    });
    const versions = await posted<{
      versionCodes: string[];
      items: { key: string; content: { type: string } }[];
    }>(author, `/api/exams/${created.id}/versions`, { count: 1, seed: 'authz' });
    const essayKey = versions.items.find((i) => i.content.type === 'essay')?.key ?? '2';
    return {
      id: created.id,
      code: versions.versionCodes[0] ?? '001',
      essayKey,
      choiceKey: '1',
      questionIds: [choice.id, essay.id],
    };
  }

  /** The unit's teacher gives a fresh exam of theirs to the unit's class, open now. */
  async function assignment(unit: Unit, by: Person = unit.teacher) {
    const t = await exam(by);
    const now = Date.now();
    const a = await posted<{ id: string }>(by, `/api/exams/${t.id}/assignments`, {
      classIds: [unit.classId],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      timeLimitMinutes: 30,
      releasePolicy: 'manual',
    });
    return { id: a.id, exam: t };
  }

  /** The unit's student starts (and, when asked, submits) a fresh assignment of the unit's teacher. */
  async function attempt(unit: Unit, options: { submitted?: boolean } = {}) {
    const a = await assignment(unit);
    const started = await posted<{ id: string; questions: { key: string; options: { id: string }[] }[] }>(
      unit.student,
      `/api/assignments/${a.id}/attempts`,
    );
    if (options.submitted) await posted(unit.student, `/api/attempts/${started.id}/submit`);
    // The paper's options go by this attempt's own ids, so a save names one of them.
    const choice = started.questions.find((q) => q.key === a.exam.choiceKey);
    return { id: started.id, assignment: a, optionIds: choice?.options.map((o) => o.id) ?? [] };
  }

  return { exam, assignment, attempt };
}
