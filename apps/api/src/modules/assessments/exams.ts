import { randomUUID } from 'node:crypto';
import type {
  ExamDetail,
  ExamInput,
  examHeaderSchema,
  examSettingsSchema,
  MatrixCell,
} from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import {
  type Actor,
  buildVersion,
  type DrawCandidate,
  drawFromMatrix,
  isLockedOption,
  isVisible,
  mayWriteExams,
  versionCodes,
  viewerTokens,
} from '@hoclieu/domain';
import { contentOf } from '../../db-json.js';
import { AppError, forbidden } from '../../http/errors.js';
import { authoredBy } from '../org/authorship.js';
import { shownVersion } from '../questions/approved-view.js';
import { managedExam, readableExam } from './access.js';
import { itemDefaultPoints, partOf } from './items.js';
import { type ExamRow, headerOf, itemContent, loadExam, settingsOf } from './repository.js';

const PART_ORDER = ['I', 'II', 'III', 'essay'] as const;

type Input = Omit<Required<ExamInput>, 'settings' | 'header' | 'items'> & {
  items: { questionId: string; points: number | null }[];
  settings: ReturnType<typeof examSettingsSchema.parse>;
  header: ReturnType<typeof examHeaderSchema.parse>;
};

function examDetailOf(t: ExamRow): ExamDetail {
  const items = t.items.map((item) => ({
    key: item.key,
    questionId: item.questionId,
    version: item.questionVersion.number,
    part: item.part as ExamDetail['items'][number]['part'],
    points: item.points,
    level: item.question.level,
    topic: item.question.topic,
    content: itemContent(item),
    keyCorrected: item.keyOverride !== null,
  }));
  return {
    id: t.id,
    title: t.title,
    subject: t.subject,
    grade: t.grade,
    durationMinutes: t.durationMinutes,
    itemCount: items.length,
    maxScore: Math.round(items.reduce((sum, i) => sum + i.points, 0) * 100) / 100,
    versionCodes: t.versions.map((v) => v.code),
    assignmentCount: t._count.assignments,
    author: t.author,
    updatedAt: t.updatedAt.toISOString(),
    items,
    settings: settingsOf(t),
    header: headerOf(t),
    locked: t._count.assignments > 0,
  };
}

/** Building exams: pick by hand or draw from a matrix, pin question versions, make paper versions. */
export function createExamService(db: Db) {
  /** The questions of an exam as they are now: approved (or the author's own) and visible. */
  async function pinnedItems(actor: Actor, input: Input) {
    const viewer = viewerTokens(actor, []);
    const ids = input.items.map((i) => i.questionId);
    if (new Set(ids).size !== ids.length)
      throw new AppError('VALIDATION_FAILED', [{ path: 'items', message: 'Câu hỏi bị lặp.' }]);
    const questions = await db.question.findMany({
      where: { id: { in: ids }, deletedAt: null },
      include: { versions: { orderBy: { number: 'desc' } }, author: { select: { role: true } } },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const pinned = input.items.map((item, position) => {
      const q = byId.get(item.questionId);
      // The version this teacher may see: others build exams from the approved one, never a pending edit.
      const shown = q && shownVersion(actor, q);
      const version = q?.versions.find((v) => v.number === shown);
      const usable =
        q &&
        version &&
        isVisible(q.audience, viewer) &&
        (q.scope !== 'private' || q.authorId === actor.userId);
      if (!usable)
        throw new AppError('TEST_QUESTION_NOT_USABLE', [
          { path: `items.${position}`, message: item.questionId },
        ]);
      const content = contentOf(version);
      return {
        questionId: q.id,
        questionVersionId: version.id,
        points: item.points ?? itemDefaultPoints(content, input.subjectCode),
        part: partOf(content),
      };
    });
    // A 2025 paper runs Phần I, II, III, then essays: items keep the teacher's order within a part.
    const ordered = PART_ORDER.flatMap((part) => pinned.filter((item) => item.part === part));
    return ordered.map((item, position) => ({ ...item, key: String(position + 1), position }));
  }

  async function save(actor: Actor, input: Input, examId: string | null) {
    if (!mayWriteExams(actor)) throw forbidden();
    if (!(await db.subject.findUnique({ where: { code: input.subjectCode } })))
      throw new AppError('SUBJECT_NOT_FOUND');
    const items = await pinnedItems(actor, input);
    const fields = {
      title: input.title,
      subjectCode: input.subjectCode,
      grade: input.grade,
      durationMinutes: input.durationMinutes,
      settings: input.settings,
      header: input.header,
    };
    const id = await db.$transaction(async (tx) => {
      if (examId) {
        await tx.examItem.deleteMany({ where: { examId } });
        // Items changed: old paper versions no longer match them.
        await tx.examVersion.deleteMany({ where: { examId } });
        await tx.exam.update({ where: { id: examId }, data: { ...fields, items: { create: items } } });
        return examId;
      }
      const created = await tx.exam.create({
        data: {
          ...fields,
          ...authoredBy(actor),
          items: { create: items },
        },
      });
      return created.id;
    });
    return examDetailOf(await loadExam(db, id));
  }

  return {
    async list(actor: Actor) {
      if (!mayWriteExams(actor)) throw forbidden();
      const exams = await db.exam.findMany({
        where: { authorId: actor.userId },
        include: {
          subject: { select: { code: true, name: true } },
          author: { select: { id: true, fullName: true } },
          items: { select: { points: true } },
          versions: { select: { code: true }, orderBy: { code: 'asc' } },
          _count: { select: { assignments: true } },
        },
        orderBy: { updatedAt: 'desc' },
        take: 200,
      });
      return {
        items: exams.map((t) => ({
          id: t.id,
          title: t.title,
          subject: t.subject,
          grade: t.grade,
          durationMinutes: t.durationMinutes,
          itemCount: t.items.length,
          maxScore: Math.round(t.items.reduce((sum, i) => sum + i.points, 0) * 100) / 100,
          versionCodes: t.versions.map((v) => v.code),
          assignmentCount: t._count.assignments,
          author: t.author,
          updatedAt: t.updatedAt.toISOString(),
        })),
      };
    },

    create: (actor: Actor, input: Input) => save(actor, input, null),

    async update(actor: Actor, examId: string, input: Input) {
      const exam = await managedExam(db, actor, examId);
      if (exam._count.assignments > 0) throw new AppError('TEST_LOCKED');
      return save(actor, input, examId);
    },

    async get(actor: Actor, examId: string) {
      return examDetailOf(await readableExam(db, actor, examId));
    },

    /** Approved questions in the viewer's scope for the subject and grade, drawn cell by cell. */
    async draw(
      actor: Actor,
      body: {
        subjectCode: string;
        grade: number;
        cells: MatrixCell[];
        seed?: string | undefined;
        preferEstimate?: boolean | undefined;
      },
    ) {
      if (!mayWriteExams(actor)) throw forbidden();
      const viewer = viewerTokens(actor, []);
      const candidates = await db.$queryRaw<DrawCandidate[]>`
        SELECT q.id, q."topicId", v.content->>'type' AS type, q.level::text AS level,
               COALESCE(jsonb_array_length(v.content->'statements'), 0)::int AS "statementCount",
               q."estimatedDifficulty"
        FROM "Question" q
        JOIN "QuestionVersion" v ON v."questionId" = q.id
          AND v.number = COALESCE(q."approvedVersion", q."currentVersion")
        WHERE q."deletedAt" IS NULL AND q.scope <> 'private'
          AND q."subjectCode" = ${body.subjectCode} AND q.grade = ${body.grade}
          AND q.audience && ${viewer}::text[]`;
      const seed = body.seed ?? randomUUID();
      return {
        seed,
        ...drawFromMatrix(body.cells, candidates, seed, { preferEstimate: body.preferEstimate ?? false }),
      };
    },

    /** Mã đề: N shuffled versions, each rebuilt identically from its stored seed. */
    async makeVersions(actor: Actor, examId: string, count: number, seed: string = randomUUID()) {
      const exam = await managedExam(db, actor, examId);
      if (exam._count.assignments > 0) throw new AppError('TEST_LOCKED');
      const settings = settingsOf(exam);
      const paperItems = exam.items.map((item) => {
        const content = itemContent(item);
        return {
          key: item.key,
          part: item.part as 'I' | 'II' | 'III' | 'essay',
          optionLabels: content.options.map((o) => o.label),
          lockedLabels: content.options.filter((o) => isLockedOption(o.html)).map((o) => o.label),
        };
      });
      const versions = versionCodes(count, seed).map((code) => {
        const versionSeed = `${seed}:${code}`;
        const layout = buildVersion(paperItems, settings, versionSeed);
        return { examId, code, seed: versionSeed, layout: { order: layout.order, options: layout.options } };
      });
      await db.$transaction([
        db.examVersion.deleteMany({ where: { examId } }),
        db.examVersion.createMany({ data: versions }),
      ]);
      return examDetailOf(await loadExam(db, examId));
    },
  };
}
