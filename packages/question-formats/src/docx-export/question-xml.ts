import type { ImportedQuestion, QuestionLevel } from '@hoclieu/contracts';
import type { MediaRegistry } from './media.js';
import { blockXml, htmlBlocks, paragraphXml, textRun, type WordBlock } from './wordml.js';

const LEVEL_TAGS: Record<NonNullable<QuestionLevel>, string> = { biet: 'NB', hieu: 'TH', van_dung: 'VD' };

/**
 * One question in the convention docx/assemble.ts reads: "Câu 3 (NB)." opening the stem's first
 * paragraph, each option "A." on its own paragraph with the correct labels underlined, each
 * statement "a)" ending in "(Đúng)" / "(Sai)" (explicit, so an all-false item still counts as
 * answered), a short answer on an "Đáp án:" line, then "Lời giải" and the solution.
 */
export function questionXml(q: ImportedQuestion, label: string, media: MediaRegistry): string[] {
  const level = q.level ? ` (${LEVEL_TAGS[q.level]})` : '';
  const out = labelled(textRun(`${label}${level}.`, { bold: true }), htmlBlocks(q.stem, media));
  // Underlining the label drops underlines from the option's text on reading: use "*" then.
  const star = q.options.some((o) => o.correct && /<u[\s>]/i.test(o.html));
  for (const option of q.options) {
    const mark = option.correct && star ? '*' : '';
    const labelRun = textRun(`${mark}${option.label}.`, { bold: true, underline: option.correct && !star });
    out.push(...labelled(labelRun, htmlBlocks(option.html, media)));
  }
  for (const statement of q.statements) {
    const truth = textRun(statement.correct ? ' (Đúng)' : ' (Sai)');
    out.push(
      ...labelled(textRun(`${statement.label})`, { bold: true }), htmlBlocks(statement.html, media), truth),
    );
  }
  const accepted = q.type === 'short_answer' ? q.answer?.accepted[0] : undefined;
  if (accepted !== undefined)
    out.push(paragraphXml(`${textRun('Đáp án:', { bold: true })}${textRun(` ${accepted}`)}`));
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
