import type { ImportProblem } from '@hoclieu/contracts';

/** Every problem code this package reports, with the Vietnamese message shown to the teacher. */
const MESSAGES = {
  NOT_A_DOCX: 'Tệp không phải là tài liệu Word (.docx) hợp lệ.',
  FILE_TOO_LARGE: 'Tệp quá lớn để nhập câu hỏi.',
  UNSAFE_ZIP: 'Tệp nén không an toàn hoặc bị hỏng',
  NOT_UTF8:
    'Tệp văn bản không dùng mã UTF-8 (có thể được lưu bằng bảng mã TCVN3, VNI hoặc Windows-1258). Hãy lưu lại tệp với mã UTF-8 rồi nhập lại.',
  XML_INVALID: 'Nội dung XML không hợp lệ.',
  XML_DOCTYPE: 'Tệp XML có khai báo DOCTYPE/ENTITY, không được phép vì lý do an toàn.',
  UNKNOWN_FORMAT: 'Không nhận ra định dạng tệp câu hỏi.',
  NO_QUESTIONS: 'Không tìm thấy câu hỏi nào trong tệp.',
  NO_CORRECT_ANSWER: 'Câu hỏi chưa có đáp án đúng.',
  MULTIPLE_CORRECT: 'Câu hỏi một lựa chọn nhưng có nhiều hơn một đáp án đúng.',
  TOO_FEW_OPTIONS: 'Câu hỏi trắc nghiệm cần ít nhất 2 phương án.',
  EMPTY_STEM: 'Câu hỏi không có nội dung.',
  OPTION_OUT_OF_ORDER: 'Phương án không đúng thứ tự A, B, C, D...',
  STATEMENT_COUNT: 'Câu Đúng/Sai theo mẫu 2025 cần đủ 4 ý a), b), c), d).',
  NOT_NUMERIC: 'Đáp án trả lời ngắn không phải là một số.',
  ANSWER_FOR_MISSING_QUESTION: 'Bảng đáp án có đáp án cho câu hỏi không tồn tại.',
  ANSWER_NOT_UNDERSTOOD: 'Không hiểu đáp án trong bảng đáp án.',
  ANSWER_CONFLICT: 'Đáp án trong bảng đáp án khác với đáp án đánh dấu trong câu hỏi; dùng bảng đáp án.',
  ANSWER_LABEL_UNKNOWN: 'Đáp án chỉ tới phương án không có trong câu hỏi.',
  UNKNOWN_STRUCTURE: 'Không xác định được đoạn này thuộc câu hỏi nào; đã bỏ qua.',
  SOLUTION_FOR_MISSING_QUESTION: 'Lời giải cho câu hỏi không tồn tại.',
  DUPLICATE_NUMBER: 'Số câu bị trùng với một câu trước đó.',
  UNSUPPORTED_QUESTION: 'Loại câu hỏi này chưa được hỗ trợ; đã bỏ qua.',
  SYNTAX: 'Sai cú pháp câu hỏi.',
  MISSING_IMAGE: 'Không tìm thấy ảnh được tham chiếu trong tệp.',
  NO_MANIFEST: 'Gói QTI không có tệp imsmanifest.xml.',
  UNSAFE_HREF: 'Đường dẫn trong gói QTI trỏ ra ngoài gói hoặc không hợp lệ; đã bỏ qua.',
  MISSING_FILE: 'Không tìm thấy tệp được liệt kê trong imsmanifest.xml.',
  NOT_A_QTI_ITEM: 'Tệp không phải là câu hỏi QTI (assessmentItem / qti-assessment-item).',
} as const;

export type ProblemCode = keyof typeof MESSAGES;

export function problem(
  code: ProblemCode,
  location: string | null,
  severity: ImportProblem['severity'] = 'error',
  detail?: string,
): ImportProblem {
  const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
  return { severity, code, message, location };
}

export function warning(code: ProblemCode, location: string | null, detail?: string): ImportProblem {
  return problem(code, location, 'warning', detail);
}
