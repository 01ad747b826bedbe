import type { OnlineShareReport, ShareFigure } from '@hoclieu/contracts';
import { spreadsheetCell } from '@hoclieu/domain';
import ExcelJS from 'exceljs';

const LEVEL_NAMES = {
  primary: 'Tiểu học',
  secondary: 'Trung học',
  lower_secondary: 'THCS',
  upper_secondary: 'THPT',
} as const;
const STATUS_NAMES = {
  reached: 'Đạt chỉ tiêu',
  on_track: 'Đúng tiến độ',
  below: 'Dưới chỉ tiêu',
  no_target: 'Chưa có chỉ tiêu',
} as const;

const cells = (f: ShareFigure) => [
  f.online,
  f.programme,
  f.share ?? '',
  f.target ?? '',
  f.share !== null && f.target !== null ? f.share - f.target : '',
  STATUS_NAMES[f.status],
  f.formula,
];
const FIGURE_HEADERS = [
  'Số tiết trực tuyến',
  'Số tiết chương trình',
  'Tỷ lệ',
  'Chỉ tiêu',
  'Chênh lệch',
  'Đánh giá',
  'Cách tính',
];

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: string[],
  rows: (string | number)[][],
  percentColumns: number[],
) {
  const ws = book.addWorksheet(name);
  ws.addRow(headers).font = { bold: true };
  // Unit names come from imports and forms: text that would run as a formula is neutralised.
  for (const row of rows) ws.addRow(row.map(spreadsheetCell));
  for (const column of percentColumns) ws.getColumn(column).numFmt = '0.00%';
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  ws.getColumn(1).width = 34;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The dashboard as a workbook: one sheet per view, Vietnamese headers, shares formatted as %. */
export async function onlineShareWorkbook(report: OnlineShareReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  sheet(
    book,
    'Tổng hợp',
    ['Cấp học', ...FIGURE_HEADERS],
    report.levels.map((l) => [LEVEL_NAMES[l.level], ...cells(l.figure)]),
    [4, 5, 6],
  );
  sheet(
    book,
    report.unit.kind === 'province' ? 'Theo Phòng GDĐT' : 'Theo trường',
    [report.unit.kind === 'province' ? 'Phòng GDĐT' : 'Trường', ...FIGURE_HEADERS],
    report.rows.map((r) => [r.name, ...cells(r.figure)]),
    [4, 5, 6],
  );
  sheet(
    book,
    'Theo tháng',
    ['Tháng', 'Số tiết trực tuyến'],
    report.monthly.map((m) => [m.month, m.online]),
    [],
  );
  const info = book.addWorksheet('Thông tin');
  info.addRows(
    [
      ['Báo cáo', 'Tỷ lệ dạy học trực tuyến'],
      ['Đơn vị', report.unit.name],
      ['Năm học', report.schoolYear],
      ['Tính đến ngày', report.asOf],
      ['Tiến độ năm học', report.elapsed],
    ].map((row) => row.map(spreadsheetCell)),
  );
  info.getCell('B5').numFmt = '0%';
  info.getColumn(1).width = 20;
  info.getColumn(2).width = 40;
  return Buffer.from(await book.xlsx.writeBuffer());
}
