import { paragraphXml, type RunFormat, textRun } from '../docx-export/wordml.js';

export interface TableCell {
  /** `w:p` / `w:tbl` elements; an empty paragraph closes a cell that does not end with one. */
  content: string[];
  /** Grid columns the cell covers. */
  span?: number;
  /** Vertical merge: the top cell restarts, the cells under it continue (and stay empty). */
  merge?: 'restart' | 'continue';
}

export interface TableLayout {
  /** Grid column widths in twips. */
  widths: number[];
  borders: boolean;
  /** Rows repeated at the top of each page the table runs onto. */
  headerRows?: number;
  /** Left and right cell padding in twips (narrow count columns need less). */
  cellMargin?: number;
}

export type Align = 'left' | 'center' | 'right';

export interface CellText extends RunFormat {
  align?: Align;
  span?: number;
  merge?: 'restart';
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

/** A paragraph of one run, aligned. */
export function line(text: string, format: RunFormat & { align?: Align } = {}): string {
  const { align, ...run } = format;
  return paragraphXml(textRun(text, run), align && align !== 'left' ? `<w:jc w:val="${align}"/>` : '');
}

/** A cell of one line of text (several lines when the text holds "\n"). */
export function textCell(text: string, format: CellText = {}): TableCell {
  const { span, merge, ...style } = format;
  return { content: text.split('\n').map((piece) => line(piece, style)), span, merge };
}

/** The cell under a vertically merged one. */
export function continued(span = 1): TableCell {
  return { content: [], merge: 'continue', span };
}

/** A fixed-layout table; cells are centred vertically. */
export function wordTable(rows: TableCell[][], layout: TableLayout): string {
  const value = layout.borders ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"' : 'w:val="nil"';
  const borders = BORDER_SIDES.map((side) => `<w:${side} ${value}/>`).join('');
  const total = layout.widths.reduce((sum, width) => sum + width, 0);
  const margin = layout.cellMargin ?? 57;
  const props = `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${layout.widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const body = rows
    .map((row, index) => rowXml(row, layout.widths, index < (layout.headerRows ?? 0)))
    .join('');
  return `<w:tbl>${props}${grid}${body}</w:tbl>`;
}

function rowXml(row: TableCell[], widths: number[], header: boolean): string {
  let column = 0;
  const cells = row.map((cell) => {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
    const merge = cell.merge ? `<w:vMerge${cell.merge === 'restart' ? ' w:val="restart"' : ''}/>` : '';
    const content = cell.content.join('');
    const closed = /^<w:p[\s>/]/.test(cell.content.at(-1) ?? '') ? content : `${content}<w:p/>`;
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${merge}<w:vAlign w:val="center"/></w:tcPr>${closed}</w:tc>`;
  });
  const props = header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  return `<w:tr>${props}${cells.join('')}</w:tr>`;
}
