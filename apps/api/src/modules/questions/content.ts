import {
  type QuestionContent,
  type QuestionPartContent,
  questionHtmlTags,
  questionImageUrlPattern,
} from '@hoclieu/contracts';
import { foldDiacritics, htmlText } from '@hoclieu/domain';
import sanitizeHtml from 'sanitize-html';
import { cleanCredited, cleanOption, cleanOutcomes } from './answer-feedback.js';
import { questionLink } from './question-links.js';

/**
 * The HTML a question may hold: text formatting, tables, lists, preformatted text, web links, our
 * math markers and our own images. Everything else (scripts, styles, event handlers, other links,
 * foreign images) is dropped.
 * sanitize-html parses with htmlparser2, so malformed markup cannot smuggle a tag through.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...questionHtmlTags],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    span: ['class', 'data-latex'],
    div: ['class', 'data-latex'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedClasses: { span: ['math'], div: ['math'] },
  allowedSchemes: [],
  allowedSchemesByTag: { a: ['http', 'https'] },
  transformTags: { a: questionLink },
  allowProtocolRelative: false,
  exclusiveFilter: (frame) => frame.tag === 'img' && !questionImageUrlPattern.test(frame.attribs.src ?? ''),
};

export const cleanHtml = (html: string) => sanitizeHtml(html.normalize('NFC'), POLICY).trim();

function cleanPart<T extends QuestionPartContent | QuestionContent>(part: T): T {
  const { feedback: _feedback, hints: _hints, ...rest } = part;
  return {
    ...rest,
    stem: cleanHtml(part.stem),
    options: part.options.map((o) => cleanOption(o, cleanHtml)),
    statements: part.statements.map((s) => ({ ...s, html: cleanHtml(s.html) })),
    answer: part.answer && {
      accepted: part.answer.accepted.map((a) => a.trim()).filter(Boolean),
      tolerance: part.answer.tolerance,
      ...cleanCredited(part.answer.credited, cleanHtml),
    },
    solution: part.solution === null ? null : cleanHtml(part.solution) || null,
    rubric: part.rubric === null ? null : cleanHtml(part.rubric) || null,
    ...cleanOutcomes(part, cleanHtml),
  } as T;
}

/** Sanitised content with only the parts its type uses (a group keeps its children, nothing else). */
export function cleanContent(content: QuestionContent): QuestionContent {
  const cleaned = cleanPart(content);
  return {
    ...cleaned,
    children: content.type === 'group' ? content.children.map(cleanPart) : [],
  };
}

/** The stem as folded plain text, compared by trigrams to find near-duplicates. */
export const stemKey = (content: QuestionContent) => foldDiacritics(htmlText(content.stem));

/**
 * All the words of a question, for full-text search. Option feedback, credited answers, outcome
 * feedback and hints are left out: they name or hint at the key ("Đúng, vì…", "gần đúng") and a
 * search by such words would find questions by their answers rather than by what they ask.
 */
export function contentText(content: QuestionContent): string {
  const parts = [content, ...content.children];
  return parts
    .flatMap((p) => [
      p.stem,
      ...p.options.map((o) => o.html),
      ...p.statements.map((s) => s.html),
      p.solution ?? '',
    ])
    .map(htmlText)
    .filter(Boolean)
    .join('\n');
}
