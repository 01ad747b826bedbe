import type { MyShareDecision } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';

const DECIDED = ['approved', 'rejected'];
const TITLE_LENGTH = 120;

/**
 * The start of a question's stem as plain text with `$…$` formulas (as the web's MathText reads
 * them): tags dropped, math elements as their LaTeX, entities of the sanitiser decoded.
 */
export function stemTitle(content: unknown): string {
  const stem = typeof content === 'object' && content && 'stem' in content ? String(content.stem) : '';
  const text = stem
    .replace(/<(span|div)[^>]*data-latex="([^"]*)"[^>]*>\s*<\/\1>/g, '$$$2$$')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= TITLE_LENGTH) return text;
  let cut = text.slice(0, TITLE_LENGTH - 1);
  // Never end inside a formula.
  if ((cut.match(/\$/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('$'));
  return `${cut.trimEnd()}…`;
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
    const actorIds = [...new Set([...materials, ...questions].map((d) => d.actorId))];
    const users = await db.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, fullName: true },
    });
    const names = new Map(users.map((u) => [u.id, u.fullName]));
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
