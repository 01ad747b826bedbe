import type { ImportKind, OrgSheetKind } from '@hoclieu/contracts';

/** One column of an import file: its template header, whether it must be filled, and its help text. */
export interface ImportColumn {
  /** The header folded by `headerKey`: "Mã trường" -> "ma_truong". */
  key: string;
  header: string;
  required: boolean;
  /** Shown on the template's "Hướng dẫn" sheet. */
  help: string;
  example: string;
}

/** A file's data rows are capped so one request stays within a few minutes of work. */
export const MAX_IMPORT_ROWS = 20_000;

const column = (
  key: string,
  header: string,
  required: boolean,
  help: string,
  example: string,
): ImportColumn => ({
  key,
  header,
  required,
  help,
  example,
});

const schoolCode = column('ma_truong', 'Mã trường', true, 'Mã trường theo cơ sở dữ liệu ngành.', '44101501');
const schoolYear = column('nam_hoc', 'Năm học', true, 'Dạng 2026-2027.', '2026-2027');
const className = column('ten_lop', 'Tên lớp', true, 'Tên lớp như trong sổ điểm, ví dụ 6A1.', '6A1');

export const importColumns: Record<ImportKind, ImportColumn[]> = {
  schools: [
    schoolCode,
    column('ten_truong', 'Tên trường', true, 'Tên đầy đủ của trường.', 'Trường THCS Tiến Hoá'),
    column(
      'loai_hinh',
      'Loại hình',
      true,
      'Một trong: Tiểu học, THCS, THPT, TH&THCS, THCS&THPT, TH,THCS&THPT, GDTX.',
      'THCS',
    ),
    column('ma_phong_gddt', 'Mã phòng GDĐT', true, 'Mã của Phòng GDĐT quản lý trường.', 'PGD-TUYENHOA'),
    column(
      'dia_chi',
      'Địa chỉ',
      false,
      'Không bắt buộc. Để trống thì giữ địa chỉ đã có.',
      'Xã Tiến Hoá, huyện Tuyên Hoá',
    ),
  ],
  classes: [
    schoolCode,
    column(
      'nam_hoc',
      'Năm học',
      true,
      'Dạng 2026-2027; năm học chưa có sẽ được tạo (5/9 đến 31/5).',
      '2026-2027',
    ),
    className,
    column('khoi', 'Khối', true, 'Số từ 1 đến 12, phải thuộc cấp học của trường.', '6'),
    column(
      'to_hop_mon',
      'Tổ hợp môn',
      false,
      'Chỉ lớp 10-12: các môn lựa chọn (mã hoặc tên môn), cách nhau bởi dấu phẩy hoặc chấm phẩy, ví dụ: Vật lí; Hoá học; Sinh học; Tin học.',
      '',
    ),
  ],
  teachers: [
    schoolCode,
    column(
      'ten_dang_nhap',
      'Tên đăng nhập',
      true,
      'Chữ thường không dấu, số, dấu chấm, gạch ngang; 3-64 ký tự.',
      'gv.nguyenvana',
    ),
    column('ho_va_ten', 'Họ và tên', true, 'Họ và tên đầy đủ, có dấu.', 'Nguyễn Văn A'),
    column(
      'email',
      'Email',
      false,
      'Không bắt buộc. Để trống thì giữ email đã có.',
      'nguyenvana@example.edu.vn',
    ),
    column(
      'phan_cong',
      'Phân công',
      false,
      'Lớp:môn của năm học hiện tại, cách nhau bởi dấu chấm phẩy; môn ghi mã hoặc tên. Chỉ thêm, không xoá phân công cũ.',
      '6A1:toan; 7A1:Ngữ văn',
    ),
  ],
  students: [
    schoolCode,
    schoolYear,
    className,
    column(
      'ten_dang_nhap',
      'Tên đăng nhập',
      true,
      'Mã học sinh (chữ thường không dấu, số, dấu chấm, gạch ngang).',
      '4410150100123',
    ),
    column('ho_va_ten', 'Họ và tên', true, 'Họ và tên đầy đủ, có dấu.', 'Trần Thị B'),
  ],
};

/** Download names of the templates, without extension. */
export const templateNames: Record<ImportKind, string> = {
  schools: 'mau-nhap-truong',
  classes: 'mau-nhap-lop',
  teachers: 'mau-nhap-giao-vien',
  students: 'mau-nhap-hoc-sinh',
};

/** The sheets only the organisation workbook has: districts and officer accounts. */
const orgOnlyColumns: Record<Exclude<OrgSheetKind, ImportKind>, ImportColumn[]> = {
  districts: [
    column('ma_phong', 'Mã phòng', true, 'Mã Phòng GDĐT (chữ không dấu, số, . _ -).', 'PGD-TUYENHOA'),
    column('ten_phong', 'Tên phòng', true, 'Tên đầy đủ của Phòng GDĐT.', 'Phòng GDĐT huyện Tuyên Hoá'),
  ],
  officers: [
    column(
      'ten_dang_nhap',
      'Tên đăng nhập',
      true,
      'Chữ thường không dấu, số, dấu chấm, gạch ngang; 3-64 ký tự.',
      'cb.tranthic',
    ),
    column('ho_va_ten', 'Họ và tên', true, 'Họ và tên đầy đủ, có dấu.', 'Trần Thị C'),
    column(
      'vai_tro',
      'Vai trò',
      true,
      'Một trong: Cán bộ Sở; Cán bộ Phòng; Quản trị trường.',
      'Cán bộ Phòng',
    ),
    column(
      'ma_don_vi',
      'Mã đơn vị',
      true,
      'Mã của Sở (cán bộ Sở), của Phòng GDĐT (cán bộ Phòng) hoặc của trường (quản trị trường).',
      'PGD-TUYENHOA',
    ),
    column(
      'email',
      'Email',
      false,
      'Không bắt buộc. Để trống thì giữ email đã có.',
      'tranthic@example.edu.vn',
    ),
  ],
};

/** The columns of every sheet kind, of the one-kind imports and of the organisation workbook. */
export const sheetColumns: Record<OrgSheetKind, ImportColumn[]> = { ...importColumns, ...orgOnlyColumns };
