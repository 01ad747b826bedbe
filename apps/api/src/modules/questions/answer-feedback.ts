import type { CreditedAnswer, OutcomeFeedback, QuestionOption } from '@hoclieu/contracts';

/** Sanitises one HTML fragment (the question policy of content.ts); '' when nothing is left. */
type CleanHtml = (html: string) => string;

/** An option with its credit kept and its feedback sanitised (dropped when empty). */
export function cleanOption(option: QuestionOption, clean: CleanHtml): QuestionOption {
  const { feedback, ...rest } = option;
  const html = feedback === undefined ? '' : clean(feedback);
  return { ...rest, html: clean(option.html), ...(html && { feedback: html }) };
}

/** Credited short answers trimmed (empty ones dropped), their feedback sanitised. */
export function cleanCredited(credited: CreditedAnswer[] | undefined, clean: CleanHtml) {
  const kept = (credited ?? []).flatMap(({ feedback, ...answer }): CreditedAnswer[] => {
    const text = answer.text.trim();
    const html = feedback === undefined ? '' : clean(feedback);
    return text ? [{ ...answer, text, ...(html && { feedback: html }) }] : [];
  });
  return kept.length ? { credited: kept } : {};
}

/**
 * Outcome feedback and hints, sanitised, empty ones dropped; spread into a part so that a
 * question without any carries neither key.
 */
export function cleanOutcomes(
  part: { feedback?: OutcomeFeedback; hints?: string[] },
  clean: CleanHtml,
): { feedback?: OutcomeFeedback; hints?: string[] } {
  const feedback = Object.fromEntries(
    (['correct', 'partial', 'incorrect'] as const).flatMap((outcome) => {
      const html = part.feedback?.[outcome];
      const cleaned = html === undefined ? '' : clean(html);
      return cleaned ? [[outcome, cleaned]] : [];
    }),
  ) as OutcomeFeedback;
  const hints = (part.hints ?? []).map(clean).filter(Boolean);
  return {
    ...(Object.keys(feedback).length && { feedback }),
    ...(hints.length && { hints }),
  };
}
