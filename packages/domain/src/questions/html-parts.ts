import type { CreditedAnswer, OutcomeFeedback, QuestionOption, QuestionStatement } from '@hoclieu/contracts';

/** The HTML-carrying fields of one question part, stored (`QuestionPartContent`) or imported. */
export interface HtmlParts {
  stem: string;
  options: QuestionOption[];
  statements: QuestionStatement[];
  answer: { credited?: CreditedAnswer[] } | null;
  solution: string | null;
  rubric?: string | null;
  feedback?: OutcomeFeedback;
  hints?: string[];
}

type MapHtml = (html: string) => string;

const withFeedback = <T extends { feedback?: string }>(item: T, map: MapHtml): T =>
  item.feedback === undefined ? item : { ...item, feedback: map(item.feedback) };

/**
 * One question part with `map` applied to every HTML fragment it holds (stem, options and their
 * feedback, statements, credited answers' feedback, solution, rubric, outcome feedback, hints):
 * linking imported images, turning stored image URLs back into embedded ones for an export.
 * The one list of a question's HTML fields, so a new field cannot be forgotten by one of them.
 */
export function mapPartHtml<T extends HtmlParts>(part: T, map: MapHtml): T {
  const { answer } = part;
  return {
    ...part,
    stem: map(part.stem),
    options: part.options.map((o) => withFeedback({ ...o, html: map(o.html) }, map)),
    statements: part.statements.map((s) => ({ ...s, html: map(s.html) })),
    answer: answer?.credited
      ? { ...answer, credited: answer.credited.map((a) => withFeedback(a, map)) }
      : answer,
    solution: part.solution === null ? null : map(part.solution),
    ...(typeof part.rubric === 'string' && { rubric: map(part.rubric) }),
    ...(part.feedback && {
      feedback: Object.fromEntries(Object.entries(part.feedback).map(([k, v]) => [k, map(v)])),
    }),
    ...(part.hints && { hints: part.hints.map(map) }),
  };
}

/** Every HTML fragment of one question part (see `mapPartHtml`). */
export function partHtmls(part: HtmlParts): string[] {
  const found: string[] = [];
  mapPartHtml(part, (html) => {
    found.push(html);
    return html;
  });
  return found;
}
