import type { Db, Topic } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { auditTrailOf } from '../audit/record.js';
import { manualTopicCode } from './topic-codes.js';
import { importTopics } from './topic-import.js';
import { buildTopicTemplate } from './topic-template.js';

/** Topics are sector-wide: their audit entries belong to no unit (GLOBAL_SCOPE). */
const auditTopic = auditTrailOf('topic');

const view = (t: Topic) => ({
  id: t.id,
  subjectCode: t.subjectCode,
  grade: t.grade,
  parentId: t.parentId,
  kind: t.kind,
  title: t.title,
  position: t.position,
  code: t.code,
  series: t.series,
  outcomes: t.outcomes,
});

export function createCurriculumService(db: Db, clock: () => Date = () => new Date()) {
  function requireManage(actor: Actor) {
    if (!can(actor, 'curriculum.manage', GLOBAL_SCOPE)) throw forbidden();
  }
  async function findTopic(topicId: string) {
    const topic = await db.topic.findUnique({ where: { id: topicId } });
    if (!topic) throw new AppError('TOPIC_NOT_FOUND');
    return topic;
  }

  return {
    async listPeriods(query: {
      grade?: number | undefined;
      level?: 'primary' | 'lower_secondary' | 'upper_secondary' | 'continuing' | undefined;
    }) {
      const rows = await db.curriculumPeriod.findMany({
        where: { grade: query.grade, level: query.level },
        include: { subject: true },
        orderBy: [{ grade: 'asc' }, { kind: 'asc' }, { periodsPerYear: 'desc' }],
      });
      return {
        items: rows.map((r) => ({
          level: r.level,
          grade: r.grade,
          subjectCode: r.subjectCode,
          subjectName: r.subject.name,
          periodsPerYear: r.periodsPerYear,
          kind: r.kind,
        })),
      };
    },

    async listTopics(subjectCode: string, grade: number) {
      // Retired topics (left out by a re-import) keep their links but are not offered any more.
      const topics = await db.topic.findMany({
        where: { subjectCode, grade, retiredAt: null },
        orderBy: [{ series: 'asc' }, { position: 'asc' }],
      });
      return {
        items: topics
          .filter((t) => t.parentId === null)
          .map((chapter) => ({
            ...view(chapter),
            children: topics.filter((t) => t.parentId === chapter.id).map(view),
          })),
      };
    },

    /** Which subjects and grades have topics in use (the pickers and the coverage indicator say so). */
    async topicCoverage() {
      const [groups, subjects] = await Promise.all([
        db.topic.groupBy({
          by: ['subjectCode', 'grade'],
          where: { retiredAt: null },
          _count: { _all: true },
        }),
        db.subject.findMany({ select: { code: true, name: true } }),
      ]);
      const nameOf = new Map(subjects.map((s) => [s.code, s.name]));
      return {
        items: groups
          .map((g) => ({
            subjectCode: g.subjectCode,
            subjectName: nameOf.get(g.subjectCode) ?? g.subjectCode,
            grade: g.grade,
            topics: g._count._all,
          }))
          .sort((a, b) => a.subjectName.localeCompare(b.subjectName, 'vi') || a.grade - b.grade),
      };
    },

    async importTemplate(actor: Actor) {
      requireManage(actor);
      return buildTopicTemplate();
    },

    assertMayImport: requireManage,

    async importTopics(actor: Actor, file: Buffer) {
      requireManage(actor);
      return importTopics(db, actor, file, clock());
    },

    async createTopic(
      actor: Actor,
      input: { subjectCode: string; grade: number; parentId: string | null; title: string },
    ) {
      requireManage(actor);
      if (!(await db.subject.findUnique({ where: { code: input.subjectCode } })))
        throw new AppError('SUBJECT_NOT_FOUND');
      if (input.parentId) {
        const parent = await findTopic(input.parentId);
        if (
          parent.kind !== 'chapter' ||
          parent.subjectCode !== input.subjectCode ||
          parent.grade !== input.grade
        ) {
          throw new AppError('TOPIC_PARENT_INVALID');
        }
      }
      const last = await db.topic.aggregate({
        where: { subjectCode: input.subjectCode, grade: input.grade, parentId: input.parentId },
        _max: { position: true },
      });
      const topic = await db.topic.create({
        data: {
          ...input,
          code: await manualTopicCode(db, input),
          kind: input.parentId ? 'lesson' : 'chapter',
          position: (last._max.position ?? -1) + 1,
          createdById: actor.userId,
        },
      });
      await auditTopic(db, actor, 'create', topic.id, GLOBAL_SCOPE, { title: topic.title });
      return view(topic);
    },

    async updateTopic(
      actor: Actor,
      topicId: string,
      input: { title?: string | undefined; position?: number | undefined },
    ) {
      requireManage(actor);
      const before = await findTopic(topicId);
      const topic = await db.topic.update({
        where: { id: topicId },
        data: { title: input.title, position: input.position },
      });
      await auditTopic(db, actor, 'update', topicId, GLOBAL_SCOPE, {
        before: { title: before.title, position: before.position },
        after: { title: topic.title, position: topic.position },
      });
      return view(topic);
    },

    async deleteTopic(actor: Actor, topicId: string) {
      requireManage(actor);
      const topic = await findTopic(topicId);
      await db.topic.delete({ where: { id: topicId } });
      await auditTopic(db, actor, 'delete', topicId, GLOBAL_SCOPE, { title: topic.title });
      return { ok: true as const };
    },
  };
}
