import { packDocx } from '../docx-export/docx-package.js';
import { mediaRegistry } from '../docx-export/media.js';
import { blockXml, htmlBlocks, paragraphXml, textRun } from '../docx-export/wordml.js';
import { multipleChoiceTable, shortAnswerTable, trueFalseTable } from './answer-key-tables.js';
import { documentTitle, headerTable, versionBox } from './paper-header.js';
import { essayNumeral, type PaperSection } from './paper-parts.js';
import type { AnswerKeyDoc, AnswerKeyVersion } from './paper-types.js';

const SPACED = '<w:spacing w:before="160"/>';

/**
 * "ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM": the paper's header, the point scheme, then for each version (mã đề)
 * the Ministry's tables for Phần I–III and each essay's rubric. Rubric pictures are not carried
 * (the key has no image list): they print as a "[Hình: …]" note.
 */
export async function exportAnswerKey(key: AnswerKeyDoc): Promise<Buffer> {
  const media = mediaRegistry([]);
  const body = [
    headerTable(key.header),
    documentTitle('ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM'),
    ...(key.pointsNote.trim()
      ? [paragraphXml(textRun(key.pointsNote.trim(), { italic: true }), '<w:jc w:val="both"/>')]
      : []),
    ...key.versions.flatMap((version) =>
      versionKey(version, (html) => htmlBlocks(html, media).map(blockXml)),
    ),
    '<w:p/>',
  ];
  return packDocx({
    body,
    media: media.parts(),
    title: `Đáp án – ${key.header.title} – ${key.header.subject}`.normalize('NFC'),
  });
}

function versionKey(version: AnswerKeyVersion, rubric: (html: string) => string[]): string[] {
  const present: PaperSection[] = [
    ...(version.multipleChoice.length ? (['I'] as const) : []),
    ...(version.trueFalse.length ? (['II'] as const) : []),
    ...(version.shortAnswer.length ? (['III'] as const) : []),
    ...(version.essays.length ? (['essay'] as const) : []),
  ];
  const heading = (text: string): string => paragraphXml(textRun(text, { bold: true }), SPACED);
  const out = [versionBox(version.code)];
  if (version.multipleChoice.length)
    out.push(
      heading('PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn'),
      multipleChoiceTable(version.multipleChoice),
    );
  if (version.trueFalse.length)
    out.push(heading('PHẦN II. Câu trắc nghiệm đúng sai'), trueFalseTable(version.trueFalse));
  if (version.shortAnswer.length)
    out.push(heading('PHẦN III. Câu trắc nghiệm trả lời ngắn'), shortAnswerTable(version.shortAnswer));
  if (version.essays.length) {
    out.push(heading(`PHẦN ${essayNumeral(present)}. Tự luận`));
    for (const essay of version.essays)
      out.push(heading(`Câu ${essay.number}.`), ...rubric(essay.rubricHtml));
  }
  return out;
}
