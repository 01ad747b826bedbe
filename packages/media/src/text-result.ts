export type TextExtraction =
  | { ok: true; text: string; truncated: boolean; pages?: number }
  | { ok: false; code: TextExtractionFailure; message: string };

export type TextExtractionFailure = 'TOO_LARGE' | 'UNSUPPORTED' | 'EXTRACT_FAILED' | 'TIMEOUT';

export interface TextExtractionOptions {
  /** Files larger than this are skipped (default 100 MB): extraction may hold them in memory. */
  maxInputBytes: number;
  /** Bytes a zip-based document may inflate to (default 512 MB), counted while inflating. */
  maxInflatedBytes: number;
  /** Characters kept (default 200,000); extraction stops once reached. */
  maxChars: number;
  timeoutMs: number;
}

export const DEFAULT_TEXT_OPTIONS: TextExtractionOptions = {
  maxInputBytes: 100 * 1024 * 1024,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxChars: 200_000,
  timeoutMs: 60_000,
};

const MESSAGES: Record<TextExtractionFailure, string> = {
  TOO_LARGE: 'Tệp quá lớn để trích xuất nội dung tìm kiếm.',
  UNSUPPORTED: 'Chưa hỗ trợ trích xuất nội dung cho loại tệp này.',
  EXTRACT_FAILED: 'Không đọc được nội dung tệp (tệp hỏng hoặc có mật khẩu).',
  TIMEOUT: 'Trích xuất nội dung mất quá nhiều thời gian.',
};

export function textFailure(code: TextExtractionFailure): TextExtraction {
  return { ok: false, code, message: MESSAGES[code] };
}

/** NFC so "ố" typed on Windows and on macOS is one code point, as search expects. */
export function textSuccess(raw: string, maxChars: number, pages?: number): TextExtraction {
  const normalised = raw
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const truncated = normalised.length > maxChars;
  const text = truncated ? normalised.slice(0, maxChars) : normalised;
  return pages === undefined ? { ok: true, text, truncated } : { ok: true, text, truncated, pages };
}
