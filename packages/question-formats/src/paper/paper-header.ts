import { paragraphXml, TEXT_WIDTH_TWIPS, textRun } from '../docx-export/wordml.js';
import { xmlText } from '../xml.js';
import type { PaperHeader } from './paper-types.js';
import { line, wordTable } from './word-table.js';

/** Text width of a landscape A4 page with 2 cm margins, in twips. */
export const LANDSCAPE_TEXT_WIDTH_TWIPS = 14570;

const upper = (text: string): string => text.normalize('NFC').trim().toLocaleUpperCase('vi');

/**
 * The borderless two-column head of a school paper: issuing office and school on the left, the
 * test, subject, grade and time allowed on the right.
 */
export function headerTable(header: PaperHeader, width = TEXT_WIDTH_TWIPS): string {
  const left = Math.round(width * 0.4);
  const grade = header.grade.trim().replace(/^lớp\s*/iu, '');
  const issuer = [
    line(upper(header.authority), { align: 'center' }),
    line(upper(header.school), { align: 'center', bold: true }),
    line('———————', { align: 'center' }),
  ];
  const test = [
    line(upper(header.title), { align: 'center', bold: true }),
    ...(header.schoolYear?.trim()
      ? [line(`NĂM HỌC ${header.schoolYear.trim()}`, { align: 'center', bold: true })]
      : []),
    line(`Môn: ${header.subject.trim()} – Lớp ${grade}`, { align: 'center', bold: true }),
    line(`Thời gian làm bài: ${header.durationMinutes} phút (không kể thời gian phát đề)`, {
      align: 'center',
      italic: true,
      // 12 pt keeps it on one line of the right column.
      size: 24,
    }),
  ];
  return wordTable([[{ content: issuer }, { content: test }]], {
    widths: [left, width - left],
    borders: false,
  });
}

/** "Mã đề 101" in a box, at the right margin. */
export function versionBox(code: string): string {
  const box = '<w:bdr w:val="single" w:sz="8" w:space="2" w:color="000000"/>';
  const run = `<w:r><w:rPr><w:b/>${box}</w:rPr><w:t xml:space="preserve"> Mã đề ${xmlText(code.trim())} </w:t></w:r>`;
  return paragraphXml(run, '<w:spacing w:before="120" w:after="120"/><w:jc w:val="right"/>');
}

/** Where the candidate writes name, class and number: dotted leaders to fixed stops. */
export function candidateLine(width = TEXT_WIDTH_TWIPS): string {
  const stop = (position: number): string => `<w:tab w:val="left" w:leader="dot" w:pos="${position}"/>`;
  const stops = [Math.round(width * 0.55), Math.round(width * 0.75), width - 20].map(stop).join('');
  const runs = textRun('Họ và tên: \tLớp: \tSố báo danh: \t');
  return paragraphXml(runs, `<w:tabs>${stops}</w:tabs><w:spacing w:after="120"/>`);
}

/** A centred bold title line. */
export function documentTitle(text: string): string {
  return paragraphXml(
    textRun(text, { bold: true }),
    '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
  );
}

/** Everything after it starts on a new page. */
export const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
