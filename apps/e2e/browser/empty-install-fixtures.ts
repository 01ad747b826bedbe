import { exportDocx } from '@hoclieu/question-formats';
import ExcelJS from 'exceljs';
import { choice, m } from './question-fixtures.js';

/** The organisation the journey builds from nothing: one Sở, one Phòng, one THCS school. */
export const ORG = {
  province: { code: 'SO-QB', name: 'Sở GDĐT Quảng Bình' },
  district: { code: 'PGD-TUYENHOA', name: 'Phòng GDĐT huyện Tuyên Hoá' },
  school: { code: '44101501', name: 'Trường THCS Tiến Hoá' },
  admin: { username: 'qt.hethong', fullName: 'Lê Văn Quản', password: 'QuanTri2026' },
  officer: { username: 'cb.phong.tuyenhoa', fullName: 'Hoàng Thị Phòng', password: 'PhongGD2026' },
  schoolAdmin: { username: 'qt.thcs-tienhoa', fullName: 'Đặng Văn Hiệu', password: 'HieuTruong2026' },
  teacher: { username: 'gv.toan.tienhoa', fullName: 'Nguyễn Thị Toán', password: 'GiaoVien2026' },
  student: { username: 'hs.tienhoa.6a01', fullName: 'Trần Văn An', password: 'HocSinh2026' },
  otherStudent: { username: 'hs.tienhoa.6a02', fullName: 'Phạm Thị Bình' },
  className: '6A',
} as const;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A one-sheet .xlsx with the template's headers in row 1, as a school would fill it. */
async function sheet(name: string, headers: string[], rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Dữ liệu');
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return { name, mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

/** The school's classes, teachers (with what they teach) and students of `schoolYear`. */
export function schoolFiles(schoolYear: string) {
  const { school, teacher, student, otherStudent, className } = ORG;
  return {
    classes: () =>
      sheet(
        'lop.xlsx',
        ['Mã trường', 'Năm học', 'Tên lớp', 'Khối', 'Tổ hợp môn'],
        [
          [school.code, schoolYear, className, '6', ''],
          [school.code, schoolYear, '9A', '9', ''],
        ],
      ),
    teachers: () =>
      sheet(
        'giao-vien.xlsx',
        ['Mã trường', 'Tên đăng nhập', 'Họ và tên', 'Email', 'Phân công'],
        [[school.code, teacher.username, teacher.fullName, '', `${className}:toan; 9A:toan`]],
      ),
    students: () =>
      sheet(
        'hoc-sinh.xlsx',
        ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'],
        [
          [school.code, schoolYear, className, student.username, student.fullName],
          [school.code, schoolYear, className, otherStudent.username, otherStudent.fullName],
          [school.code, schoolYear, '9A', 'hs.tienhoa.9a01', 'Võ Minh Châu'],
        ],
      ),
  };
}

export const WORKBOOK_DISTRICT = 'Phòng GDĐT huyện Minh Hoá';

/**
 * The organisation workbook (one sheet per kind, the template's sheet names and headers): a second
 * district with its officer, a TH&THCS school with its admin, a class, a teacher and a student.
 */
export async function provinceWorkbook(schoolYear: string) {
  const book = new ExcelJS.Workbook();
  const add = (name: string, headers: string[], rows: string[][]) => {
    const ws = book.addWorksheet(name);
    ws.addRow(headers);
    for (const row of rows) ws.addRow(row);
  };
  add('Phòng GDĐT', ['Mã phòng', 'Tên phòng'], [['PGD-MINHHOA', WORKBOOK_DISTRICT]]);
  add(
    'Trường',
    ['Mã trường', 'Tên trường', 'Loại hình', 'Mã phòng GDĐT', 'Địa chỉ'],
    [['44201501', 'Trường TH&THCS Hoá Sơn', 'TH&THCS', 'PGD-MINHHOA', 'Xã Hoá Sơn, huyện Minh Hoá']],
  );
  add(
    'Tài khoản cán bộ',
    ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Mã đơn vị', 'Email'],
    [
      ['cb.phong.minhhoa', 'Đinh Văn Minh', 'Cán bộ Phòng', 'PGD-MINHHOA', ''],
      ['qt.th-thcs-hoason', 'Cao Thị Sơn', 'Quản trị trường', '44201501', ''],
    ],
  );
  add(
    'Lớp',
    ['Mã trường', 'Năm học', 'Tên lớp', 'Khối', 'Tổ hợp môn'],
    [['44201501', schoolYear, '1A', '1', '']],
  );
  add(
    'Giáo viên',
    ['Mã trường', 'Tên đăng nhập', 'Họ và tên', 'Email', 'Phân công'],
    [['44201501', 'gv.hoason.toan', 'Bùi Thị Lan', '', '1A:toan']],
  );
  add(
    'Học sinh',
    ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'],
    [['44201501', schoolYear, '1A', 'hs.hoason.1a01', 'Lò Văn Dũng']],
  );
  return {
    name: 'to-chuc-ca-tinh.xlsx',
    mimeType: XLSX,
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

export const QUIZ_TITLE = 'Kiểm tra 15 phút – Toán 6';
export const QUESTION_STEMS = ['Tập hợp các số tự nhiên nhỏ hơn 4', 'Giá trị của lũy thừa'] as const;

/** The teacher's own Word paper: two questions of Toán 6 with the correct options marked. */
export function mathPaper(): Promise<Buffer> {
  return exportDocx(
    [
      choice('1', `${QUESTION_STEMS[0]} có bao nhiêu phần tử?`, ['4', '3', '5', '2'], 0),
      choice('2', `${QUESTION_STEMS[1]} ${m('2^3')} là`, ['8', '6', '9', '5'], 0),
    ],
    [],
    { title: QUIZ_TITLE },
  );
}
