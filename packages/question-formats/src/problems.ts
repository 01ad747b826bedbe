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
  KEY_VERSION: 'Phần đáp án có nhiều mã đề hoặc khác mã đề của đề thi; chỉ dùng đáp án đúng mã đề.',
  EMPHASIS_AMBIGUOUS:
    'Nhiều phương án được in đậm/nghiêng/tô màu khác nhau; không xác định được đáp án từ định dạng.',
  UNKNOWN_STRUCTURE: 'Không xác định được đoạn này thuộc câu hỏi nào; đã bỏ qua.',
  SOLUTION_FOR_MISSING_QUESTION: 'Lời giải cho câu hỏi không tồn tại.',
  DUPLICATE_NUMBER: 'Số câu bị trùng với một câu trước đó.',
  UNSUPPORTED_QUESTION: 'Loại câu hỏi này chưa được hỗ trợ; đã bỏ qua.',
  SYNTAX: 'Sai cú pháp câu hỏi.',
  MISSING_IMAGE: 'Không tìm thấy ảnh được tham chiếu trong tệp.',
  MATHTYPE_AS_IMAGE:
    'Công thức MathType chưa chuyển được thành công thức soạn thảo được; đã giữ ảnh của công thức, hãy kiểm tra hoặc gõ lại.',
  NO_MANIFEST: 'Gói QTI không có tệp imsmanifest.xml.',
  UNSAFE_HREF: 'Đường dẫn trong gói QTI trỏ ra ngoài gói hoặc không hợp lệ; đã bỏ qua.',
  MISSING_FILE: 'Không tìm thấy tệp được liệt kê trong imsmanifest.xml.',
  NOT_A_QTI_ITEM: 'Tệp không phải là câu hỏi QTI (assessmentItem / qti-assessment-item).',
  QTI_MANIFEST_ONLY:
    'Tệp imsmanifest.xml chỉ là mục lục của gói QTI, không chứa câu hỏi: cần cả gói .zip (imsmanifest.xml cùng các tệp câu hỏi).',
  QTI_TEST_ONLY:
    'Tệp bài kiểm tra QTI (assessmentTest) chỉ trỏ tới các câu hỏi: cần nhập cả gói .zip chứa các câu hỏi đó.',
  INVALID_GRADE:
    'Mức điểm không hợp lệ: Moodle chỉ chấp nhận 100 %, 90 %, 83,33333 %, 80 %, 75 %, 70 %, 66,66667 %, 60 %, 50 %, 40 %, 33,33333 %, 30 %, 25 %, 20 %, 16,66667 %, 14,28571 %, 12,5 %, 11,11111 %, 10 %, 5 %, 0 % và các mức âm tương ứng.',
  CREDITS_NOT_FULL: 'Tổng điểm các phương án đúng của câu nhiều đáp án phải bằng 100 %.',
  CATCH_ALL_ANSWER: 'Đáp án “*” (chấp nhận mọi câu trả lời) không được hỗ trợ.',
  WILDCARD_ANSWER:
    'Đáp án có ký tự đại diện “*” của Moodle; hệ thống so sánh nguyên văn nên sẽ chấm khác Moodle.',
  ANSWER_FEEDBACK_DROPPED: 'Nhận xét cho một câu trả lời sai cụ thể không được hỗ trợ; đã bỏ qua.',
  ESSAY_ATTACHMENTS: 'Tệp đính kèm của câu tự luận không được hỗ trợ; học sinh chỉ nhập văn bản.',
  TOO_MANY_OPTIONS: 'Câu hỏi có quá nhiều phương án; hệ thống chỉ hỗ trợ tối đa 8 (A–H).',
  CASE_SENSITIVE: 'Moodle chấm câu này phân biệt chữ hoa/thường; hệ thống chấm không phân biệt.',
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
