/**
 * Questions to a Word paper (.docx) in the convention our reader (docx/) understands, so a
 * teacher can edit the file in Word and import it again.
 *
 * The WordprocessingML is written by hand and zipped with yazl (already a dependency) rather than
 * built with the `docx` package: its math API covers only part of Office Math (no accents,
 * matrices, equation arrays, group characters) and offers no clean way to insert OMML of our
 * own, and the exact paragraph shapes matter more here than a document model.
 */
import type { ImportedImage, ImportedQuestion, QuestionPart } from '@hoclieu/contracts';
import { classify, GROUP_INTRO } from '../docx/classify.js';
import { packDocx } from './docx-package.js';
import { type MediaRegistry, mediaRegistry } from './media.js';
import { groupRange, type QuestionNumber, questionNumbers } from './question-numbers.js';
import { questionMarkers, questionXml } from './question-xml.js';
import { blockXml, htmlBlocks, paragraphXml, textRun } from './wordml.js';

export interface DocxExportOptions {
  title?: string;
}

const PART_HEADINGS: Record<NonNullable<QuestionPart>, string> = {
  I: 'PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn',
  II: 'PHẦN II. Câu trắc nghiệm đúng sai',
  III: 'PHẦN III. Câu trắc nghiệm trả lời ngắn',
};
/** Questions without a part after a part heading: the reader leaves a part on this heading. */
const NO_PART_HEADING = 'PHẦN TỰ LUẬN';
const CENTERED = '<w:jc w:val="center"/>';

export async function exportDocx(
  questions: ImportedQuestion[],
  images: ImportedImage[],
  options: DocxExportOptions = {},
): Promise<Buffer> {
  return writePaper({ questions, images, title: options.title ?? '', preamble: [] });
}

export interface Paper {
  questions: ImportedQuestion[];
  images: ImportedImage[];
  title: string;
  /** Body elements between the title and the first question (the template's instructions). */
  preamble: string[];
}

export async function writePaper(paper: Paper): Promise<Buffer> {
  const media = mediaRegistry(paper.images, { links: true });
  const title = paper.title.normalize('NFC').trim();
  const body = [
    ...(title ? [paragraphXml(textRun(safeTitle(title), { bold: true }), CENTERED)] : []),
    ...paper.preamble,
    ...papersBody(paper.questions, media),
    paragraphXml(textRun('----- HẾT -----', { bold: true }), CENTERED),
  ];
  return packDocx({ body, media: media.parts(), links: media.links(), title });
}

function papersBody(questions: ImportedQuestion[], media: MediaRegistry): string[] {
  const numbers = questionNumbers(questions);
  const label = (q: ImportedQuestion): string => {
    const own = numbers.get(q) as QuestionNumber;
    return `${own.prefix} ${own.number}`;
  };
  const body: string[] = [];
  let part: QuestionPart = null;
  for (const q of questions) {
    if (q.part !== part) {
      const heading = q.part ? PART_HEADINGS[q.part] : NO_PART_HEADING;
      body.push(paragraphXml(textRun(heading, { bold: true })));
      part = q.part;
    }
    if (q.type === 'group' && q.children.length) {
      body.push(...groupIntro(q, numbers, media));
      for (const child of q.children) body.push(...questionXml(child, label(child), media));
    } else body.push(...questionXml(q, label(q), media));
  }
  return body;
}

/**
 * A group is its shared stem opened by a sentence naming its questions ("... trả lời câu 3 đến
 * câu 5"), which is how the reader knows where the group ends. A stem that already opens with that
 * sentence is kept as is; one naming other numbers (the questions were renumbered, or a paper
 * version reordered them) has them rewritten, since a stale range would be read as another group.
 * The reader has no place for a group's own solution: it is not written.
 */
export function groupIntro(
  group: ImportedQuestion,
  numbers: Map<ImportedQuestion, QuestionNumber>,
  media: MediaRegistry,
): string[] {
  const [from, to] = groupRange(group, numbers);
  const blocks = htmlBlocks(group.stem, media);
  const [first, ...rest] = blocks;
  // The group's own level and points end its intro: "... trả lời câu 3 đến câu 4. (TH)".
  const tag = textRun(questionMarkers(group));
  const opening = first?.kind === 'paragraph' ? classify(first.text.normalize('NFC'), NO_CONTEXT) : null;
  if (first?.kind !== 'paragraph' || opening?.kind !== 'group_intro')
    return [standardIntro(from, to, tag), ...blocks.map(blockXml)];
  if (opening.from === from && opening.to === to)
    return [paragraphXml(`${first.runs}${tag}`), ...rest.map(blockXml)];
  return [renumberedIntro(first, from, to, tag), ...rest.map(blockXml)];
}

function standardIntro(from: number, to: number, tag = ''): string {
  return paragraphXml(`${textRun(`Đọc thông tin sau và trả lời câu ${from} đến câu ${to}.`)}${tag}`);
}

/** The teacher's wording with the new numbers (as plain text); the standard sentence if it held more. */
function renumberedIntro(
  first: { runs: string; text: string },
  from: number,
  to: number,
  tag: string,
): string {
  if (/<m:oMath|<w:drawing/.test(first.runs)) return standardIntro(from, to, tag);
  const text = first.text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(GROUP_INTRO, (match: string, a: string, b: string) => {
      const at = match.indexOf(a);
      return `${match.slice(0, at)}${from}${match.slice(at + a.length, match.length - b.length)}${to}`;
    });
  return paragraphXml(`${textRun(text)}${tag}`);
}

const NO_CONTEXT = { bareNumbers: false, nextNumber: 0 };

/**
 * Before the first question the reader ignores plain text, but a title such as "Bài 3. Hàm số"
 * or "Phần I" would be read as a question or a part: such titles are quoted.
 */
function safeTitle(title: string): string {
  const harmless = ['text', 'options', 'statements', 'answer_line', 'level_line'];
  return harmless.includes(classify(title, { bareNumbers: true, nextNumber: 1 }).kind) ? title : `“${title}”`;
}
