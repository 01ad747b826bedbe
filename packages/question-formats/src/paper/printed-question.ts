import type { ImportedQuestion } from '@hoclieu/contracts';
import type { MediaRegistry } from '../docx-export/media.js';
import { labelled } from '../docx-export/question-xml.js';
import { htmlBlocks, textRun } from '../docx-export/wordml.js';
import { optionLines } from './option-layout.js';

/**
 * A question as the candidate sees it: "Câu 3." opening the stem, the options laid out compactly,
 * the statements a) to d). Nothing that gives the answer away: no marks on correct options, no
 * truth values, no answer line, no solution, no level tag.
 */
export function printedQuestion(q: ImportedQuestion, number: number, media: MediaRegistry): string[] {
  const out = labelled(textRun(`Câu ${number}.`, { bold: true }), htmlBlocks(q.stem, media));
  out.push(...optionLines(q.options, media));
  for (const statement of q.statements) {
    out.push(...labelled(textRun(`${statement.label})`, { bold: true }), htmlBlocks(statement.html, media)));
  }
  return out;
}
