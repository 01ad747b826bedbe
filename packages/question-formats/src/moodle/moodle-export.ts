import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import { escapeXml } from '../xml.js';
import { cdata, htmlField } from './moodle-fields.js';

/**
 * Questions as Moodle XML. Đúng/Sai groups become Cloze (`multianswer`) questions, one
 * MULTICHOICE blank per statement; a group's children are exported one by one with the shared
 * stem in front. Level, part and string metadata travel as tags.
 */
export function exportMoodleXml(questions: ImportedQuestion[], images: ImportedImage[] = []): string {
  const byId = new Map(images.map((image) => [image.id, image]));
  const flat = questions.flatMap((q) =>
    q.type === 'group' ? q.children.map((child) => ({ ...child, stem: `${q.stem}${child.stem}` })) : [q],
  );
  const body = flat.map((q) => exportOne(q, byId)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${body}\n</quiz>\n`;
}

function exportOne(q: ImportedQuestion, images: Map<string, ImportedImage>): string {
  const parts: string[] = [`<name>${cdata(q.number)}</name>`];
  const type = moodleType(q);
  const stem = type === 'multianswer' ? clozeText(q) : q.stem;
  parts.push(htmlField('questiontext', stem, images));
  if (q.solution) parts.push(htmlField('generalfeedback', q.solution, images));
  parts.push('<defaultgrade>1</defaultgrade>');
  if (type === 'multichoice') {
    const correct = q.options.filter((o) => o.correct).length || 1;
    parts.push(
      `<single>${q.type === 'single_choice'}</single>`,
      '<shuffleanswers>0</shuffleanswers>',
      '<answernumbering>ABCD</answernumbering>',
    );
    for (const option of q.options) {
      const fraction = option.correct ? (100 / correct).toFixed(5).replace(/\.?0+$/, '') : '0';
      parts.push(htmlField('answer', option.html, images, ` fraction="${fraction}"`));
    }
  } else if (type === 'numerical') {
    for (const accepted of q.answer?.accepted ?? []) {
      const value = numericAnswer(accepted);
      parts.push(
        `<answer fraction="100"><text>${value}</text><tolerance>${q.answer?.tolerance ?? 0}</tolerance></answer>`,
      );
    }
  } else if (type === 'shortanswer') {
    for (const accepted of q.answer?.accepted ?? []) {
      parts.push(`<answer fraction="100" format="moodle_auto_format">${cdata(accepted)}</answer>`);
    }
  }
  parts.push(tags(q));
  return `<question type="${type}">\n  ${parts.join('\n  ')}\n</question>`;
}

function moodleType(q: ImportedQuestion): string {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_select':
      return 'multichoice';
    case 'true_false_group':
      return 'multianswer';
    case 'short_answer': {
      const numeric = (q.answer?.accepted ?? []).every((a) => /^-?\d+(\.\d+)?$/.test(a.trim()));
      return numeric && q.answer?.accepted.length ? 'numerical' : 'shortanswer';
    }
    default:
      return 'essay';
  }
}

function clozeText(q: ImportedQuestion): string {
  const statements = q.statements.map(
    (s) =>
      `<p data-statement="${s.label}">${s.label}) ${s.html} {1:MULTICHOICE:${s.correct ? '=Đúng~Sai' : 'Đúng~=Sai'}}</p>`,
  );
  return `${q.stem}${statements.join('')}`;
}

function tags(q: ImportedQuestion): string {
  const list: string[] = [];
  if (q.level) list.push(`level:${q.level}`);
  if (q.part) list.push(`part:${q.part}`);
  for (const [key, value] of Object.entries(q.metadata)) {
    if (typeof value === 'string') list.push(`meta:${key}=${value}`);
  }
  if (!list.length) return '';
  return `<tags>${list.map((tag) => `<tag>${cdata(tag)}</tag>`).join('')}</tags>`;
}
