import { isDeepStrictEqual } from 'node:util';
import type { ParsedQuestionInput, QuestionContent, QuestionMeta } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import {
  type Actor,
  checkQuestionContent,
  isVisible,
  mayEditMaterial,
  nextScope,
  questionStatus,
} from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { authoredBy } from '../org/authorship.js';
import { userNames } from '../org/user-names.js';
import { createSharingWorkflow } from '../sharing/workflow.js';
import { bankViewer, visibleQuestion } from './access.js';
import { asApproved, seesPendingQuestion } from './approved-view.js';
import { cleanContent, stemKey } from './content.js';
import { currentContent, loadQuestion, type QuestionRow, refreshQuestion } from './repository.js';
import { questionSharing } from './sharing.js';
import { similarQuestions } from './similar.js';
import { detailOf } from './view.js';

type Tx = Prisma.TransactionClient;

/** Authoring: create, edit (a new version once approved), read, delete drafts, tag, check. */
export function createQuestionService(db: Db, onChange: () => void) {
  const sharing = createSharingWorkflow(db, questionSharing, onChange);
  const names = (q: QuestionRow) =>
    userNames(db, [...q.decisions.map((d) => d.actorId), ...q.versions.map((v) => v.createdById)]);

  async function detail(actor: Actor, questionId: string) {
    const q = await loadQuestion(db, questionId);
    return detailOf(q, actor, await names(q));
  }

  async function checkReferences(meta: QuestionMeta) {
    if (meta.subjectCode && !(await db.subject.findUnique({ where: { code: meta.subjectCode } })))
      throw new AppError('SUBJECT_NOT_FOUND');
    if (meta.topicId && !(await db.topic.findUnique({ where: { id: meta.topicId } })))
      throw new AppError('TOPIC_NOT_FOUND');
  }

  /** Sanitised content that passes the content rules, or QUESTION_INVALID with the problems. */
  function validContent(content: QuestionContent): QuestionContent {
    const cleaned = cleanContent(content);
    const problems = checkQuestionContent(cleaned).filter((p) => p.severity === 'error');
    if (problems.length) {
      throw new AppError(
        'QUESTION_INVALID',
        problems.map((p) => ({ path: p.location ?? 'content', message: p.message })),
      );
    }
    return cleaned;
  }

  /** Inserts one question in the caller's transaction; `submit` also asks for the first review. */
  async function insert(tx: Tx, actor: Actor, input: ParsedQuestionInput, submit = false): Promise<string> {
    const { content, meta } = input;
    const placement = authoredBy(actor);
    const requestedScope = submit ? nextScope({ ...placement, scope: 'private' }) : null;
    const q = await tx.question.create({
      data: {
        ...meta,
        ...placement,
        type: content.type,
        stemText: stemKey(content),
        requestedScope,
        versions: { create: { number: 1, content, createdById: actor.userId } },
        decisions: requestedScope
          ? { create: { action: 'submitted', scope: requestedScope, actorId: actor.userId } }
          : undefined,
      },
    });
    await refreshQuestion(tx, q.id);
    return q.id;
  }

  return {
    detail,
    insert,
    validContent,
    checkReferences,

    async create(actor: Actor, input: ParsedQuestionInput) {
      bankViewer(actor);
      await checkReferences(input.meta);
      const content = validContent(input.content);
      const id = await db.$transaction((tx) => insert(tx, actor, { content, meta: input.meta }));
      onChange();
      return detail(actor, id);
    },

    async get(actor: Actor, questionId: string) {
      const q = await visibleQuestion(db, actor, questionId);
      return detailOf(q, actor, await names(q));
    },

    /** Drafts change in place; an approved question gets a new version, so exams keep theirs. */
    async update(actor: Actor, questionId: string, input: ParsedQuestionInput) {
      const q = await visibleQuestion(db, actor, questionId);
      if (!mayEditMaterial(actor, q)) throw forbidden();
      await checkReferences(input.meta);
      const content = validContent(input.content);
      const changed = !isDeepStrictEqual(content, currentContent(q));
      const newVersion = changed && questionStatus(q) === 'approved';
      await db.$transaction(async (tx) => {
        const number = newVersion ? q.currentVersion + 1 : q.currentVersion;
        if (newVersion) {
          await tx.questionVersion.create({
            data: { questionId, number, content, createdById: actor.userId },
          });
        } else if (changed) {
          await tx.questionVersion.update({
            where: { questionId_number: { questionId, number } },
            data: { content },
          });
        }
        await tx.question.update({
          where: { id: questionId },
          data: { ...input.meta, type: content.type, stemText: stemKey(content), currentVersion: number },
        });
        // Others keep the approved version until this one is approved again at the same scope.
        await sharing.resubmitIfChanged(tx, actor, questionId);
        await refreshQuestion(tx, questionId);
        if (newVersion) {
          await recordAudit(tx, {
            actor,
            action: 'question.new_version',
            resourceType: 'question',
            resourceId: questionId,
            scope: q,
            details: { version: number, scope: q.scope },
          });
        }
      });
      onChange();
      return detail(actor, questionId);
    },

    /** Only drafts go: a submitted or approved question may already be in someone's exam. */
    async remove(actor: Actor, questionId: string) {
      const q = await visibleQuestion(db, actor, questionId);
      if (!mayEditMaterial(actor, q)) throw forbidden();
      if (questionStatus(q) !== 'draft') throw new AppError('QUESTION_IN_USE');
      await db.$transaction(async (tx) => {
        await tx.question.update({ where: { id: questionId }, data: { deletedAt: new Date() } });
        await refreshQuestion(tx, questionId);
      });
      onChange();
      return { ok: true as const };
    },

    async version(actor: Actor, questionId: string, number: number) {
      const q = await visibleQuestion(db, actor, questionId);
      // Others read only the approved version: approval covers what they see.
      const readable = seesPendingQuestion(actor, q) ? q : asApproved(q);
      const v = readable.versions.find((candidate) => candidate.number === number);
      if (!v) throw new AppError('NOT_FOUND');
      return {
        number,
        content: currentContent({ currentVersion: number, versions: [v] }),
        createdAt: v.createdAt.toISOString(),
      };
    },

    /** Tags many of one's own questions at once; all or nothing. */
    async bulkTag(actor: Actor, body: { ids: string[]; add: string[]; remove: string[] }) {
      const viewer = bankViewer(actor);
      const ids = [...new Set(body.ids)];
      const rows = await db.question.findMany({
        where: { id: { in: ids }, deletedAt: null },
        select: { id: true, authorId: true, tags: true, audience: true },
      });
      if (rows.length !== ids.length) throw new AppError('QUESTION_NOT_FOUND');
      if (rows.some((r) => !isVisible(r.audience, viewer) || !mayEditMaterial(actor, r))) throw forbidden();
      await db.$transaction(async (tx) => {
        for (const r of rows) {
          const tags = [...new Set([...r.tags.filter((t) => !body.remove.includes(t)), ...body.add])].slice(
            0,
            20,
          );
          await tx.question.update({ where: { id: r.id }, data: { tags } });
          await refreshQuestion(tx, r.id);
        }
      });
      onChange();
      return { updated: rows.length };
    },

    /** What the editor shows before saving: content problems and near-duplicates in scope. */
    async check(actor: Actor, content: QuestionContent, excludeId?: string) {
      const viewer = bankViewer(actor);
      const cleaned = cleanContent(content);
      return {
        problems: checkQuestionContent(cleaned),
        similar: await similarQuestions(db, viewer, stemKey(cleaned), excludeId ?? null),
      };
    },
  };
}

export type QuestionService = ReturnType<typeof createQuestionService>;
