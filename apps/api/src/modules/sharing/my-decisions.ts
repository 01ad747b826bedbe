import type { MyShareDecision } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, stemPreview } from '@hoclieu/domain';
import { userNames } from '../org/user-names.js';

const DECIDED = ['approved', 'rejected'];
const TITLE_LENGTH = 120;

/** The start of a question's stem as one line, formulas as `$…$` (as the web's MathText reads them). */
export function stemTitle(content: unknown): string {
  const stem = typeof content === 'object' && content && 'stem' in content ? String(content.stem) : '';
  return stemPreview(stem, TITLE_LENGTH);
}

/**
 * The latest approvals and rejections on the caller's own materials and questions, newest first:
 * what the author's home page lists. Only items the caller authored, whatever the caller's role.
 */
export function createMyDecisions(db: Db) {
  return async function myDecisions(actor: Actor, limit: number): Promise<{ items: MyShareDecision[] }> {
    const [materials, questions] = await Promise.all([
      db.shareDecision.findMany({
        where: { action: { in: DECIDED }, material: { authorId: actor.userId } },
        orderBy: { createdAt: 'desc' },
        take: limit,
        include: { material: { select: { id: true, title: true } } },
      }),
      db.questionDecision.findMany({
        where: { action: { in: DECIDED }, question: { authorId: actor.userId } },
        orderBy: { createdAt: 'desc' },
        take: limit,
        include: { question: { select: { id: true, currentVersion: true, versions: true } } },
      }),
    ]);
    const names = await userNames(
      db,
      [...materials, ...questions].map((d) => d.actorId),
    );
    const common = (d: (typeof materials)[number] | (typeof questions)[number]) => ({
      action: d.action as MyShareDecision['action'],
      scope: d.scope,
      reason: d.reason,
      actor: names.get(d.actorId) ?? '',
      createdAt: d.createdAt.toISOString(),
    });
    const items: MyShareDecision[] = [
      ...materials.map((d) => ({
        kind: 'material' as const,
        itemId: d.material.id,
        title: d.material.title,
        ...common(d),
      })),
      ...questions.map((d) => {
        const current = d.question.versions.find((v) => v.number === d.question.currentVersion);
        return {
          kind: 'question' as const,
          itemId: d.question.id,
          title: stemTitle(current?.content),
          ...common(d),
        };
      }),
    ];
    items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { items: items.slice(0, limit) };
  };
}
