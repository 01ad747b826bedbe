import type { ImportRowError } from '@hoclieu/contracts';
import type { ImportColumn } from './columns.js';
import { headerPositions, type SheetRow } from './table.js';

/** The columns of the curriculum topic template: one row per lesson (or per chapter without lessons). */
export const topicImportColumns: ImportColumn[] = [
  { key: 'mon', header: 'Môn', required: true, help: 'Mã môn (toan) hoặc tên môn (Toán).', example: 'Toán' },
  { key: 'khoi', header: 'Khối', required: true, help: 'Khối lớp từ 1 đến 12.', example: '8' },
  {
    key: 'bo_sach',
    header: 'Bộ sách',
    required: false,
    help: 'Để trống nếu cây dùng chung; hoặc Kết nối tri thức, Chân trời sáng tạo, Cánh diều khi các bộ khác nhau.',
    example: '',
  },
  {
    key: 'ma_chuong',
    header: 'Mã chương',
    required: true,
    help: 'Mã ổn định của chương; nhập lại cùng mã sẽ cập nhật tên, không tạo chương mới.',
    example: 'TOAN-8-C1',
  },
  {
    key: 'ten_chuong',
    header: 'Tên chương',
    required: true,
    help: 'Tên chương.',
    example: 'Chương I. Đa thức',
  },
  {
    key: 'ma_bai',
    header: 'Mã bài',
    required: false,
    help: 'Mã ổn định của bài (để trống nếu dòng chỉ khai báo chương).',
    example: 'TOAN-8-C1-B1',
  },
  {
    key: 'ten_bai',
    header: 'Tên bài',
    required: false,
    help: 'Tên bài (bắt buộc khi có mã bài).',
    example: 'Bài 1. Đơn thức',
  },
  {
    key: 'yeu_cau_can_dat',
    header: 'Yêu cầu cần đạt',
    required: false,
    help: 'Yêu cầu cần đạt của bài theo chương trình.',
    example: 'Nhận biết được đơn thức, đa thức nhiều biến.',
  },
];

export interface TopicImportRow {
  row: number;
  subject: string;
  grade: number;
  series: string;
  chapterCode: string;
  chapterTitle: string;
  lessonCode: string | null;
  lessonTitle: string | null;
  outcomes: string | null;
}

export type TopicSheet =
  | { ok: true; rows: TopicImportRow[]; errors: ImportRowError[] }
  | { ok: false; missing: ImportColumn[] };

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
const invalid = (row: number, column: string, message: string): ImportRowError => ({
  row,
  column,
  code: 'IMPORT_ROW_INVALID',
  message,
});

/** Reads the header (diacritics- and case-insensitive) and checks each data row on its own. */
export function readTopicSheet(rows: SheetRow[]): TopicSheet {
  const [header, ...data] = rows;
  const positions = headerPositions(header);
  const missing = topicImportColumns.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) return { ok: false, missing };
  const good: TopicImportRow[] = [];
  const errors: ImportRowError[] = [];
  for (const sheetRow of data) {
    const value = (key: string) => {
      const position = positions.get(key);
      return position === undefined ? '' : (sheetRow.cells[position] ?? '').trim();
    };
    const parsed = parseTopicRow(sheetRow.row, value);
    if ('code' in parsed) errors.push(parsed);
    else good.push(parsed);
  }
  return { ok: true, rows: good, errors };
}

function parseTopicRow(row: number, value: (key: string) => string): TopicImportRow | ImportRowError {
  const grade = Number(value('khoi'));
  if (!value('mon')) return invalid(row, 'Môn', 'Thiếu môn');
  if (!Number.isInteger(grade) || grade < 1 || grade > 12)
    return invalid(row, 'Khối', `Khối "${value('khoi')}" không hợp lệ: cần số từ 1 đến 12`);
  if (!CODE.test(value('ma_chuong')))
    return invalid(
      row,
      'Mã chương',
      `Mã chương "${value('ma_chuong')}" không hợp lệ: chữ, số, dấu - . _ (tối đa 60)`,
    );
  if (!value('ten_chuong') || value('ten_chuong').length > 300)
    return invalid(row, 'Tên chương', 'Thiếu tên chương (tối đa 300 ký tự)');
  const lessonCode = value('ma_bai');
  if (lessonCode && !CODE.test(lessonCode))
    return invalid(row, 'Mã bài', `Mã bài "${lessonCode}" không hợp lệ: chữ, số, dấu - . _ (tối đa 60)`);
  if (lessonCode && lessonCode === value('ma_chuong'))
    return invalid(row, 'Mã bài', 'Mã bài phải khác mã chương');
  if (lessonCode && (!value('ten_bai') || value('ten_bai').length > 300))
    return invalid(row, 'Tên bài', 'Có mã bài thì cần tên bài (tối đa 300 ký tự)');
  if (!lessonCode && value('ten_bai')) return invalid(row, 'Mã bài', 'Có tên bài thì cần mã bài');
  return {
    row,
    subject: value('mon'),
    grade,
    series: value('bo_sach').slice(0, 100),
    chapterCode: value('ma_chuong'),
    chapterTitle: value('ten_chuong'),
    lessonCode: lessonCode || null,
    lessonTitle: lessonCode ? value('ten_bai') : null,
    outcomes: lessonCode && value('yeu_cau_can_dat') ? value('yeu_cau_can_dat').slice(0, 5000) : null,
  };
}
