import type { ImportedQuestion, QuestionLevel } from '@hoclieu/contracts';
import { creditNote, vietnameseDecimal } from '../docx/option-credit.js';
import { ADVANCED_TAG, MULTIPLE_MARKER } from '../docx/question-markers.js';
import { shortAnswerLines } from '../docx/short-answer-line.js';
import type { MediaRegistry } from './media.js';
import { blockXml, htmlBlocks, paragraphXml, textRun, type WordBlock } from './wordml.js';

const LEVEL_TAGS: Record<NonNullable<QuestionLevel>, string> = { biet: 'NB', hieu: 'TH', van_dung: 'VD' };

/** " (NB)", " (VDC)" (Vận dụng tagged "vận dụng cao"), " (0,5 điểm)", " (Chọn nhiều đáp án)". */
export function questionMarkers(q: ImportedQuestion): string {
  const tags = Array.isArray(q.metadata.tags) ? q.metadata.tags : [];
  const advanced = q.level === 'van_dung' && tags.includes(ADVANCED_TAG);
  const points = typeof q.metadata.points === 'number' && q.metadata.points > 0 ? q.metadata.points : null;
  return [
    q.level ? `(${advanced ? 'VDC' : LEVEL_TAGS[q.level]})` : '',
    points !== null ? `(${vietnameseDecimal(points)} điểm)` : '',
    q.type === 'multiple_select' ? `(${MULTIPLE_MARKER})` : '',
  ]
    .filter(Boolean)
    .map((marker) => ` ${marker}`)
    .join('');
}

/**
 * One question in the convention docx/assemble.ts reads: "Câu 3 (NB)." opening the stem's first
 * paragraph, each option "A." on its own paragraph with the correct labels underlined, each
 * statement "a)" ending in "(Đúng)" / "(Sai)" (explicit, so an all-false item still counts as
 * answered), a short answer on "Đáp án:" lines ("0,5; 1/2 (sai số 0,01)", "0,4 (50%)"), then
 * "Lời giải" and the solution. An option's own credit ends it: "B. ... (được 50% điểm)". Feedback
 * has no place in the paper.
 */
export function questionXml(q: ImportedQuestion, label: string, media: MediaRegistry): string[] {
  const out = labelled(textRun(`${label}${questionMarkers(q)}.`, { bold: true }), htmlBlocks(q.stem, media));
  // Underlining the label drops underlines from the option's text on reading: use "*" then.
  const star = q.options.some((o) => o.correct && /<u[\s>]/i.test(o.html));
  for (const option of q.options) {
    const mark = option.correct && star ? '*' : '';
    const labelRun = textRun(`${mark}${option.label}.`, { bold: true, underline: option.correct && !star });
    const credit = option.credit === undefined ? '' : textRun(` (${creditNote(option.credit)})`);
    out.push(...labelled(labelRun, htmlBlocks(option.html, media), credit));
  }
  for (const statement of q.statements) {
    const truth = textRun(statement.correct ? ' (Đúng)' : ' (Sai)');
    out.push(
      ...labelled(textRun(`${statement.label})`, { bold: true }), htmlBlocks(statement.html, media), truth),
    );
  }
  const keys = q.type === 'short_answer' && q.answer ? shortAnswerLines(q.answer) : [];
  for (const key of keys)
    out.push(paragraphXml(`${textRun('Đáp án:', { bold: true })}${textRun(` ${key}`)}`));
  if (q.solution) {
    out.push(paragraphXml(textRun('Lời giải', { bold: true })));
    out.push(...htmlBlocks(q.solution, media).map(blockXml));
  }
  return out;
}

/** The label opens the first paragraph; content starting with a table gets a label line of its own. */
export function labelled(label: string, blocks: WordBlock[], suffix = ''): string[] {
  const [first, ...rest] = blocks;
  if (first?.kind === 'paragraph')
    return [paragraphXml(`${label}${textRun(' ')}${first.runs}${suffix}`), ...rest.map(blockXml)];
  return [paragraphXml(`${label}${suffix}`), ...blocks.map(blockXml)];
}
