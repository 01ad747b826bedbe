import type {
  ImportedQuestion,
  QuestionContent,
  QuestionExportFormat,
  QuestionPart,
  QuestionPartContent,
  QuestionType,
} from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, isVisible, mapPartHtml, paperPartOfType, partHtmls } from '@hoclieu/domain';
import { exportQuestions } from '@hoclieu/question-formats';
import type { BlobStore } from '@hoclieu/storage';
import { AppError, forbidden } from '../../http/errors.js';
import { bankViewer } from './access.js';
import { asApproved, seesPendingQuestion } from './approved-view.js';
import { embedImages, toEmbedded } from './images.js';
import { currentContent } from './repository.js';

/** A file names parts I to III only: essays and groups go without one. */
function exportedPart(type: QuestionType): QuestionPart {
  const part = type === 'group' ? null : paperPartOfType[type];
  return part === 'essay' ? null : part;
}

function importedOf(
  content: QuestionPartContent | QuestionContent,
  number: string,
  level: ImportedQuestion['level'],
): ImportedQuestion {
  const { stem, options, statements, answer, solution, rubric, feedback, hints } = mapPartHtml(
    content,
    toEmbedded,
  );
  return {
    number,
    part: exportedPart(content.type),
    type: content.type,
    stem,
    options,
    statements,
    answer,
    solution,
    ...(rubric && { rubric }),
    ...(feedback && { feedback }),
    ...(hints && { hints }),
    level,
    metadata: {},
    problems: [],
    children:
      'children' in content
        ? content.children.map((child, i) => importedOf(child, `${number}.${i + 1}`, level))
        : [],
  };
}

/** Questions the viewer can see, in the order asked, as a Word, Moodle XML or QTI 3.0 file. */
export function createQuestionExport(db: Db, storage: BlobStore) {
  return async (actor: Actor, format: QuestionExportFormat, ids: string[]) => {
    const viewer = bankViewer(actor);
    const unique = [...new Set(ids)];
    const rows = await db.question.findMany({
      where: { id: { in: unique }, deletedAt: null },
      include: { versions: { orderBy: { number: 'desc' } }, author: { select: { role: true } } },
    });
    if (rows.length !== unique.length) throw new AppError('QUESTION_NOT_FOUND');
    if (rows.some((q) => !isVisible(q.audience, viewer))) throw forbidden();
    // Others export the approved version: approval covers what they see.
    const byId = new Map(rows.map((q) => [q.id, seesPendingQuestion(actor, q) ? q : asApproved(q)]));
    const questions = unique.map((id, i) => {
      const q = byId.get(id) as (typeof rows)[number];
      // Tags travel with the file (Moodle tags, QTI keywords, Word's "(VDC)" for "vận dụng cao").
      return { ...importedOf(currentContent(q), String(i + 1), q.level), metadata: { tags: q.tags } };
    });
    const htmls = [...byId.values()].flatMap((q) => {
      const c = currentContent(q);
      return [c, ...c.children].flatMap(partHtmls);
    });
    return exportQuestions(questions, format, await embedImages(storage, htmls));
  };
}
