import type { Db } from '@hoclieu/db';
import { difficultyBand, htmlText, questionStatus } from '@hoclieu/domain';
import type { SearchDocument } from '@hoclieu/search';
import { asApproved } from './approved-view.js';
import { contentText } from './content.js';
import { currentContent } from './repository.js';

/** A question as the search index holds it (the approved version's words); null when it is gone. */
export async function questionDocument(db: Db, questionId: string): Promise<SearchDocument | null> {
  const q = await db.question.findUnique({
    where: { id: questionId },
    include: { versions: { orderBy: { number: 'desc' } } },
  });
  if (!q || q.deletedAt) return null;
  // The index serves everyone the audience lists: it holds the approved version, once there is one.
  const content = currentContent(asApproved(q));
  return {
    id: q.id,
    title: htmlText(content.stem).slice(0, 500),
    body: [contentText(content), q.learningOutcome, q.source].filter(Boolean).join('\n'),
    tags: q.tags,
    facets: {
      subjectCode: q.subjectCode,
      grade: q.grade,
      topicId: q.topicId,
      level: q.level,
      type: content.type,
      status: questionStatus(q),
      scope: q.scope,
      estimate: q.estimatedDifficulty === null ? 'none' : difficultyBand(q.estimatedDifficulty),
      schoolId: q.schoolId,
    },
    audience: q.audience,
    updatedAt: q.updatedAt.toISOString(),
  };
}
