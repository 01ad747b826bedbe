import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import { groupIntro } from '../docx-export/docx-export.js';
import { packDocx } from '../docx-export/docx-package.js';
import { type MediaRegistry, mediaRegistry } from '../docx-export/media.js';
import type { QuestionNumber } from '../docx-export/question-numbers.js';
import { paragraphXml, textRun } from '../docx-export/wordml.js';
import { candidateLine, headerTable, versionBox } from './paper-header.js';
import { type PaperSection, partHeading, sectionOf } from './paper-parts.js';
import type { PrintablePaper } from './paper-types.js';
import { printedQuestion } from './printed-question.js';

const CENTERED = '<w:jc w:val="center"/>';

/**
 * One paper version (mã đề) as a .docx to print: school header, the boxed version code, the
 * candidate's line, then the questions numbered "Câu 1." on across parts, and "HẾT". Items and
 * options are printed in the order given. Without answer marks the file still reads back with
 * `parseQuestions` (answers unknown, which the reader flags).
 */
export async function exportPaper(paper: PrintablePaper, images: ImportedImage[]): Promise<Buffer> {
  const media = mediaRegistry(images);
  const { header, versionCode } = paper;
  const body = [
    headerTable(header),
    versionBox(versionCode),
    candidateLine(),
    ...questionsBody(paper.items, media),
    paragraphXml(textRun('------ HẾT ------', { bold: true }), `<w:spacing w:before="240"/>${CENTERED}`),
  ];
  return packDocx({
    body,
    media: media.parts(),
    title: `${header.title} – ${header.subject} – Mã đề ${versionCode}`.normalize('NFC'),
    footer: [pageFooter(versionCode)],
  });
}

/** Every printed question (a group's children, not the group) numbered 1..n in paper order. */
function paperNumbers(items: ImportedQuestion[]): Map<ImportedQuestion, QuestionNumber> {
  return new Map(items.flatMap(printedOf).map((q, i) => [q, { prefix: 'Câu', number: i + 1 }]));
}

/** What gets a number: a group's children, any other item itself. */
const printedOf = (q: ImportedQuestion): ImportedQuestion[] =>
  q.type === 'group' && q.children.length ? q.children : [q];

function questionsBody(items: ImportedQuestion[], media: MediaRegistry): string[] {
  const numbers = paperNumbers(items);
  const numberOf = (q: ImportedQuestion | undefined): number => (q && numbers.get(q)?.number) || 0;
  const runs = sectionRuns(items);
  const present = runs.map((run) => run.section);
  return runs.flatMap(({ section, items: members }) => {
    const printed = members.flatMap(printedOf);
    const heading = partHeading(section, numberOf(printed[0]), numberOf(printed.at(-1)), present);
    const body = [
      paragraphXml(
        `${textRun(heading.title, { bold: true })}${textRun(` ${heading.instruction}`)}`,
        '<w:spacing w:before="120"/><w:jc w:val="both"/>',
      ),
    ];
    for (const q of members) {
      const own = printedOf(q);
      if (own[0] !== q) body.push(...groupIntro(q, numbers, media));
      for (const child of own) body.push(...printedQuestion(child, numberOf(child), media));
    }
    return body;
  });
}

/** Consecutive items of one section; a section the caller interleaves gets a heading each time. */
function sectionRuns(items: ImportedQuestion[]): { section: PaperSection; items: ImportedQuestion[] }[] {
  const runs: { section: PaperSection; items: ImportedQuestion[] }[] = [];
  for (const q of items) {
    const section = sectionOf(q);
    const last = runs.at(-1);
    if (last?.section === section) last.items.push(q);
    else runs.push({ section, items: [q] });
  }
  return runs;
}

/** "Trang 1/4 – Mã đề 101": loose pages of a version can be put back together. */
function pageFooter(code: string): string {
  const field = (instr: string): string =>
    `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  const runs = `${textRun('Trang ')}${field('PAGE')}${textRun('/')}${field('NUMPAGES')}${textRun(` – Mã đề ${code.trim()}`)}`;
  return paragraphXml(runs, CENTERED);
}
