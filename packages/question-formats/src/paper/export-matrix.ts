import { packDocx } from '../docx-export/docx-package.js';
import { matrixTable } from './matrix-table.js';
import { matrixTotals } from './matrix-totals.js';
import { documentTitle, headerTable, LANDSCAPE_TEXT_WIDTH_TWIPS, PAGE_BREAK } from './paper-header.js';
import type { MatrixDoc } from './paper-types.js';
import { specificationTable } from './specification-table.js';

/**
 * The exam matrix (ma trận đề, Công văn 7991 layout) and, from a new page, its specification
 * (bản đặc tả), on landscape A4.
 */
export async function exportMatrix(doc: MatrixDoc): Promise<Buffer> {
  const totals = matrixTotals(doc);
  const body = [
    headerTable(doc.header, LANDSCAPE_TEXT_WIDTH_TWIPS),
    documentTitle(`MA TRẬN ĐỀ ${doc.header.title.trim().toLocaleUpperCase('vi')}`),
    matrixTable(doc, totals),
    PAGE_BREAK,
    documentTitle(`BẢN ĐẶC TẢ ĐỀ ${doc.header.title.trim().toLocaleUpperCase('vi')}`),
    specificationTable(doc),
    // Word wants the body to end with a paragraph, not a table.
    '<w:p/>',
  ];
  return packDocx({
    body,
    media: [],
    title: `Ma trận – ${doc.header.title} – ${doc.header.subject}`.normalize('NFC'),
    orientation: 'landscape',
  });
}
