import type { ImportedQuestion, QuestionOption } from '@hoclieu/contracts';
import { escapeXml } from '../xml.js';
import {
  choiceScoring,
  type ResponseScoring,
  responseProcessing,
  setOutcome,
  shortAnswerScoring,
} from './qti-export-scoring.js';
import { STEM_CLASS } from './qti-item.js';
import { scorerRubricXml } from './qti-rubric.js';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ITEM_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd';
const BLOCK = /<(p|div|table|ul|ol|pre)[\s>]/;

type Html = (fragment: string) => string;

const outcome = (id: string, cardinality: string, baseType: string, extra = '', content = '') =>
  `<qti-outcome-declaration identifier="${id}" cardinality="${cardinality}" base-type="${baseType}"${extra}>${content}</qti-outcome-declaration>`;

/** An option's feedback, shown when it is chosen: inline, or a block when it holds paragraphs. */
function choiceFeedback(o: QuestionOption, html: Html): string {
  if (!o.feedback) return '';
  const tag = BLOCK.test(o.feedback) ? 'qti-feedback-block' : 'qti-feedback-inline';
  return `<${tag} outcome-identifier="CHOICE_FEEDBACK" identifier="${o.label}" show-hide="show">${html(o.feedback)}</${tag}>`;
}

/**
 * One question as a QTI 3.0 item. Đúng/Sai groups become one two-choice interaction per statement
 * (D/S), one point when all are right; option credits become a mapping scored by map_response;
 * outcome feedback becomes modal feedback on FEEDBACK set from the score; the solution is modal
 * feedback always shown (`show-hide="hide"` on an identifier FEEDBACK never takes). A group's
 * child refers to the group's shared stem, written once as an assessment stimulus.
 */
export function itemXml(
  q: ImportedQuestion,
  identifier: string,
  html: Html,
  stimulus?: { identifier: string; href: string },
): string {
  const declarations: string[] = [];
  const body: string[] = [`<div class="${STEM_CLASS}">${html(q.stem)}</div>`];
  let scoring: ResponseScoring | null = null;
  let custom: string | undefined;
  let choiceOutcome = '';
  switch (q.type) {
    case 'single_choice':
    case 'multiple_select': {
      const multiple = q.type === 'multiple_select';
      scoring = choiceScoring(q.options, multiple);
      const choices = q.options.map(
        (o) =>
          `<qti-simple-choice identifier="${o.label}">${html(o.html)}${choiceFeedback(o, html)}</qti-simple-choice>`,
      );
      body.push(
        `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${multiple ? 0 : 1}">${choices.join('')}</qti-choice-interaction>`,
      );
      if (q.options.some((o) => o.feedback))
        choiceOutcome = outcome('CHOICE_FEEDBACK', multiple ? 'multiple' : 'single', 'identifier');
      break;
    }
    case 'true_false_group': {
      const ids = q.statements.map((s) => `RESPONSE_${s.label}`);
      for (const s of q.statements) {
        declarations.push(
          `<qti-response-declaration identifier="RESPONSE_${s.label}" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>${s.correct ? 'D' : 'S'}</qti-value></qti-correct-response></qti-response-declaration>`,
        );
        body.push(
          `<qti-choice-interaction response-identifier="RESPONSE_${s.label}" shuffle="false" max-choices="1"><qti-prompt>${html(s.html)}</qti-prompt><qti-simple-choice identifier="D">Đúng</qti-simple-choice><qti-simple-choice identifier="S">Sai</qti-simple-choice></qti-choice-interaction>`,
        );
      }
      const matches = ids
        .map(
          (id) =>
            `<qti-match><qti-variable identifier="${id}"/><qti-correct identifier="${id}"/></qti-match>`,
        )
        .join('');
      custom = `<qti-response-condition><qti-response-if><qti-and>${matches}</qti-and>${setOutcome('SCORE', '<qti-base-value base-type="float">1</qti-base-value>')}</qti-response-if></qti-response-condition>`;
      break;
    }
    case 'short_answer':
      scoring = shortAnswerScoring(q.answer);
      body.push('<p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>');
      break;
    default:
      declarations.push(
        '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>',
      );
      body.push(
        scorerRubricXml(q.rubric, html),
        '<qti-extended-text-interaction response-identifier="RESPONSE"/>',
      );
  }
  if (scoring) declarations.unshift(scoring.declaration);
  const feedback = Object.entries(q.feedback ?? {}).filter((e): e is [string, string] => Boolean(e[1]));
  const modal = [
    ...feedback.map(
      ([id, content]) =>
        `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="${id}" show-hide="show"><qti-content-body>${html(content)}</qti-content-body></qti-modal-feedback>`,
    ),
    q.solution
      ? `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="SOLUTION" show-hide="hide"><qti-content-body>${html(q.solution)}</qti-content-body></qti-modal-feedback>`
      : '',
  ].join('');
  const outcomes = [
    outcome(
      'SCORE',
      'single',
      'float',
      ' normal-maximum="1"',
      '<qti-default-value><qti-value>0</qti-value></qti-default-value>',
    ),
    modal ? outcome('FEEDBACK', 'single', 'identifier') : '',
    choiceOutcome,
  ].join('\n');
  const processing = responseProcessing(scoring, {
    feedback: q.type === 'essay' ? undefined : q.feedback,
    choiceFeedback: choiceOutcome !== '',
    custom,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${ITEM_XSD}" identifier="${identifier}" title="${escapeXml(q.number)}" adaptive="false" time-dependent="false" xml:lang="vi">
${declarations.join('\n')}
${outcomes}
${stimulus ? `<qti-assessment-stimulus-ref identifier="${stimulus.identifier}" href="${escapeXml(stimulus.href)}"/>\n` : ''}<qti-item-body>${body.join('')}</qti-item-body>
${processing}${modal}
</qti-assessment-item>
`;
}

/** A group's shared stem as a QTI 3.0 assessment stimulus. */
export function stimulusXml(group: ImportedQuestion, identifier: string, html: Html): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-stimulus xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${ITEM_XSD}" identifier="${identifier}" title="${escapeXml(group.number)}" xml:lang="vi">
<qti-stimulus-body><div class="${STEM_CLASS}">${html(group.stem)}</div></qti-stimulus-body>
</qti-assessment-stimulus>
`;
}
