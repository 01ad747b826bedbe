export type ZipProblemCode =
  | 'ZIP_INVALID'
  | 'PATH_TRAVERSAL'
  | 'SYMLINK'
  | 'ENCRYPTED'
  | 'UNSUPPORTED_COMPRESSION'
  | 'TOO_MANY_ENTRIES'
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'SIZE_MISMATCH'
  | 'NESTED_ARCHIVE'
  | 'EXECUTABLE_ENTRY'
  | 'DISALLOWED_ENTRY'
  | 'NO_ENTRY_PAGE'
  | 'TIMEOUT';

export interface ZipProblem {
  code: ZipProblemCode;
  path?: string;
  /** Vietnamese, shown to the teacher as is. */
  message: string;
}

const MESSAGES: Record<ZipProblemCode, string> = {
  ZIP_INVALID: 'Tệp nén bị hỏng hoặc không đúng định dạng ZIP.',
  PATH_TRAVERSAL: 'Tệp nén chứa đường dẫn không an toàn (.., đường dẫn tuyệt đối, ổ đĩa hoặc dấu \\).',
  SYMLINK: 'Tệp nén chứa liên kết tượng trưng (symlink), không được phép.',
  ENCRYPTED: 'Tệp nén có mật khẩu (mã hoá), hệ thống không thể kiểm tra nội dung.',
  UNSUPPORTED_COMPRESSION: 'Tệp nén dùng phương thức nén không được hỗ trợ (chỉ hỗ trợ Store và Deflate).',
  TOO_MANY_ENTRIES: 'Tệp nén có quá nhiều tệp bên trong.',
  TOO_LARGE: 'Tổng dung lượng sau giải nén vượt quá giới hạn cho phép.',
  ZIP_BOMB: 'Tệp nén có tỉ lệ nén bất thường (nghi ngờ "bom nén").',
  SIZE_MISMATCH: 'Kích thước thực của tệp bên trong không khớp với khai báo trong tệp nén.',
  NESTED_ARCHIVE: 'Tệp nén chứa tệp nén khác bên trong, không được phép.',
  EXECUTABLE_ENTRY: 'Tệp nén chứa tệp thực thi hoặc tập lệnh, không được phép.',
  DISALLOWED_ENTRY:
    'Gói HTML5 chỉ được chứa HTML, JavaScript, CSS và tài nguyên (ảnh, âm thanh, phông chữ...).',
  NO_ENTRY_PAGE: 'Gói HTML5 không có trang index.html ở thư mục gốc (hoặc trong một thư mục duy nhất).',
  TIMEOUT: 'Kiểm tra tệp nén mất quá nhiều thời gian.',
};

export function zipProblem(code: ZipProblemCode, path?: string): ZipProblem {
  return path === undefined ? { code, message: MESSAGES[code] } : { code, path, message: MESSAGES[code] };
}
