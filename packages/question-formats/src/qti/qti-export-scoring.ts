import type { OutcomeFeedback, QuestionOption, ShortAnswer } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import { escapeXml } from '../xml.js';

const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
const MATCH_CORRECT = `${TEMPLATES}/match_correct.xml`;
const MAP_RESPONSE = `${TEMPLATES}/map_response.xml`;

const value = (v: string) => `<qti-value>${escapeXml(v)}</qti-value>`;
const variable = (id: string) => `<qti-variable identifier="${id}"/>`;
const float = (v: number | string) => `<qti-base-value base-type="float">${v}</qti-base-value>`;
export const setOutcome = (id: string, expression: string) =>
  `<qti-set-outcome-value identifier="${id}">${expression}</qti-set-outcome-value>`;
const setScore = (v: number) => setOutcome('SCORE', float(v));

/** How a response is scored: by the correct response, or by its mapping. */
type ScoringRule = 'match' | 'map';

export interface ResponseScoring {
  declaration: string;
  rule: ScoringRule;
  /** Comparisons within a tolerance, tried before the rule (best credit first). */
  tolerant: { text: string; credit: number; tolerance: number }[];
}

const effectiveCredit = (o: QuestionOption) => o.credit ?? (o.correct ? 1 : 0);

/**
 * A choice's declaration: the correct response always; when any option carries a credit, a
 * mapping of every option's credit (score = mapped sum held in [0, 1] for several choices).
 */
export function choiceScoring(options: QuestionOption[], multiple: boolean): ResponseScoring {
  const credited = options.some((o) => o.credit !== undefined);
  const correct = options.filter((o) => o.correct).map((o) => o.label);
  const entries = options
    .filter((o) => effectiveCredit(o) !== 0)
    .map((o) => `<qti-map-entry map-key="${o.label}" mapped-value="${effectiveCredit(o)}"/>`);
  const bounds = multiple ? ' lower-bound="0" upper-bound="1"' : '';
  const mapping = credited ? `<qti-mapping default-value="0"${bounds}>${entries.join('')}</qti-mapping>` : '';
  const declaration =
    `<qti-response-declaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" base-type="identifier">` +
    (correct.length ? `<qti-correct-response>${correct.map(value).join('')}</qti-correct-response>` : '') +
    `${mapping}</qti-response-declaration>`;
  return { declaration, rule: credited ? 'map' : 'match', tolerant: [] };
}

/** A number as QTI writes a float ("0,5" and "−1,5" become 0.5 and -1.5; same grade here). */
const qtiFloat = (text: string): string | null => {
  const value = numericAnswer(text);
  return value === null ? null : String(value);
};

/**
 * A text entry's declaration: the first accepted answer is the correct response; several
 * accepted answers or credited ones make a mapping (accepted = 1, credited = their credit).
 * Numbers are floats (written with a point); answers with a tolerance are compared with
 * `qti-equal` first.
 */
export function shortAnswerScoring(answer: ShortAnswer | null): ResponseScoring {
  const written = answer?.accepted ?? [];
  const numeric = [...written, ...(answer?.credited ?? []).map((c) => c.text)].every(
    (t) => qtiFloat(t) !== null,
  );
  const baseType = numeric && written.length + (answer?.credited?.length ?? 0) > 0 ? 'float' : 'string';
  const spelled = (text: string) => (baseType === 'float' ? (qtiFloat(text) ?? text) : text);
  const accepted = [...new Set(written.map(spelled))];
  const credited = (answer?.credited ?? []).map((c) => ({ ...c, text: spelled(c.text) }));
  const mapped = accepted.length > 1 || credited.length > 0;
  const caseSensitive = baseType === 'string' ? ' case-sensitive="false"' : '';
  const entries = [
    ...accepted.map((text) => ({ text, credit: 1 })),
    ...credited.map((c) => ({ text: c.text, credit: c.credit })),
  ].map((e) => `<qti-map-entry map-key="${escapeXml(e.text)}" mapped-value="${e.credit}"${caseSensitive}/>`);
  const declaration =
    `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="${baseType}">` +
    (accepted[0] !== undefined ? `<qti-correct-response>${value(accepted[0])}</qti-correct-response>` : '') +
    (mapped ? `<qti-mapping default-value="0">${entries.join('')}</qti-mapping>` : '') +
    '</qti-response-declaration>';
  const tolerant =
    baseType !== 'float'
      ? []
      : [
          ...(answer?.tolerance
            ? accepted.map((text) => ({ text, credit: 1, tolerance: answer.tolerance ?? 0 }))
            : []),
          ...credited
            .filter((c) => c.tolerance)
            .map((c) => ({ text: c.text, credit: c.credit, tolerance: c.tolerance ?? 0 })),
        ].sort((a, b) => b.credit - a.credit);
  return { declaration, rule: mapped ? 'map' : 'match', tolerant };
}

/** The scoring rules written out (when a template will not do). */
function scoringRules(scoring: ResponseScoring): string {
  const rule =
    scoring.rule === 'map'
      ? setOutcome('SCORE', '<qti-map-response identifier="RESPONSE"/>')
      : `<qti-response-condition><qti-response-if><qti-match>${variable('RESPONSE')}<qti-correct identifier="RESPONSE"/></qti-match>${setScore(1)}</qti-response-if></qti-response-condition>`;
  const mapped = `<qti-response-condition><qti-response-if><qti-is-null>${variable('RESPONSE')}</qti-is-null>${setScore(0)}</qti-response-if><qti-response-else>${rule}</qti-response-else></qti-response-condition>`;
  if (!scoring.tolerant.length) return scoring.rule === 'map' ? mapped : rule;
  const branches = scoring.tolerant.map(
    (t) =>
      `<qti-equal tolerance-mode="absolute" tolerance="${t.tolerance} ${t.tolerance}">${variable('RESPONSE')}${float(t.text.trim())}</qti-equal>${setScore(t.credit)}`,
  );
  const [first, ...rest] = branches;
  return `<qti-response-condition><qti-response-if><qti-is-null>${variable('RESPONSE')}</qti-is-null>${setScore(0)}</qti-response-if><qti-response-else-if>${first}</qti-response-else-if>${rest.map((b) => `<qti-response-else-if>${b}</qti-response-else-if>`).join('')}<qti-response-else>${rule}</qti-response-else></qti-response-condition>`;
}

/** FEEDBACK from the score: correct (full), partial (some), incorrect (none). */
function feedbackRules(feedback: OutcomeFeedback): string {
  const branch = (id: string) =>
    setOutcome('FEEDBACK', `<qti-base-value base-type="identifier">${id}</qti-base-value>`);
  const partial = feedback.partial
    ? `<qti-response-else-if><qti-gt>${variable('SCORE')}${float(0)}</qti-gt>${branch('partial')}</qti-response-else-if>`
    : '';
  return `<qti-response-condition><qti-response-if><qti-gte>${variable('SCORE')}${float(1)}</qti-gte>${branch('correct')}</qti-response-if>${partial}<qti-response-else>${branch('incorrect')}</qti-response-else></qti-response-condition>`;
}

/**
 * Response processing: a standard template when nothing else is needed; otherwise the same rules
 * written out, then FEEDBACK set from the score and CHOICE_FEEDBACK from the chosen options.
 * `scoring` null: nothing to score (an essay, or Đúng/Sai rules given in `custom`).
 */
export function responseProcessing(
  scoring: ResponseScoring | null,
  options: { feedback?: OutcomeFeedback; choiceFeedback: boolean; custom?: string },
): string {
  const feedback =
    options.feedback && Object.values(options.feedback).some(Boolean) ? options.feedback : null;
  if (scoring && !scoring.tolerant.length && !feedback && !options.choiceFeedback && !options.custom) {
    return `<qti-response-processing template="${scoring.rule === 'map' ? MAP_RESPONSE : MATCH_CORRECT}"/>`;
  }
  const rules = [
    options.custom ?? (scoring ? scoringRules(scoring) : ''),
    options.choiceFeedback ? setOutcome('CHOICE_FEEDBACK', variable('RESPONSE')) : '',
    feedback ? feedbackRules(feedback) : '',
  ].join('');
  return rules ? `<qti-response-processing>${rules}</qti-response-processing>` : '';
}
