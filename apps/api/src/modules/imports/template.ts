import type { ImportKind } from '@hoclieu/contracts';
import { type ImportColumn, importColumns, templateNames } from '@hoclieu/domain';
import ExcelJS from 'exceljs';

export interface TemplateFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

const sheetNames: Record<ImportKind, string> = {
  schools: 'Trường',
  classes: 'Lớp',
  teachers: 'Giáo viên',
  students: 'Học sinh',
};

const notes = [
  'Điền dữ liệu ở trang đầu, mỗi dòng một bản ghi; giữ nguyên dòng tiêu đề. Cột có dấu * là bắt buộc.',
  'Có thể xoá dòng ví dụ. Dòng trống được bỏ qua; mỗi lần nhập tối đa 20.000 dòng.',
  'Nhập lại cùng tệp không tạo bản trùng: dòng đã có sẽ được cập nhật hoặc giữ nguyên.',
  'Tài khoản mới nhận mật khẩu tạm (chỉ hiện một lần sau khi nhập) và phải đổi ở lần đăng nhập đầu.',
];

const headerOf = (column: { header: string; required: boolean }) =>
  column.required ? `${column.header} *` : column.header;

/** The downloadable template of an import: .xlsx with a guide sheet, or a UTF-8 CSV Excel opens correctly. */
export async function buildTemplate(kind: ImportKind, format: 'xlsx' | 'csv'): Promise<TemplateFile> {
  const fileName = `${templateNames[kind]}.${format}`;
  if (format === 'csv') {
    const lines = [importColumns[kind].map(headerOf), importColumns[kind].map((c) => c.example)];
    // The BOM tells Excel the file is UTF-8; without it Vietnamese letters come out garbled.
    const text = `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
    return { body: Buffer.from(text, 'utf8'), fileName, contentType: 'text/csv; charset=utf-8' };
  }
  return {
    body: Buffer.from(await xlsxTemplate(kind)),
    fileName,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

async function xlsxTemplate(kind: ImportKind): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  addDataSheet(workbook, sheetNames[kind], importColumns[kind]);
  const guide = addGuideSheet(workbook);
  addGuideRows(guide, importColumns[kind]);
  guide.addRow([]);
  for (const note of notes) guide.addRow(['', '', note]);
  return workbook.xlsx.writeBuffer();
}

/** A data sheet: bold frozen header ("Mã trường *" for a required column) and the example row. */
export function addDataSheet(workbook: ExcelJS.Workbook, name: string, columns: ImportColumn[]): void {
  const data = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((column) => ({
    header: headerOf(column),
    key: column.key,
    width: Math.max(14, column.header.length + 4, column.example.length + 2),
    // Text cells, so codes such as 4410150100123 keep their digits instead of turning into numbers.
    style: { numFmt: '@' },
  }));
  data.addRow(columns.map((column) => column.example));
  data.getRow(1).font = { bold: true };
}

/** The "Hướng dẫn" sheet: one line per column (required, how to write it, example). */
export function addGuideSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Cột', width: 20 },
    { header: 'Bắt buộc', width: 10 },
    { header: 'Cách ghi', width: 80 },
    { header: 'Ví dụ', width: 28 },
  ];
  guide.getRow(1).font = { bold: true };
  guide.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return guide;
}

export function addGuideRows(guide: ExcelJS.Worksheet, columns: ImportColumn[]): void {
  for (const column of columns)
    guide.addRow([column.header, column.required ? 'Có' : 'Không', column.help, column.example]);
}
