import { AppError } from './errors.js';
import { isUnsafeText } from './validator.js';

/**
 * The name a multipart upload gives its file, held to the same rule as every other text of a request
 * (the validator never sees multipart parts): control characters or a broken surrogate are refused
 * with 400 INVALID_TEXT; an empty name becomes `fallback`.
 */
export function uploadedFileName(name: string | undefined, fallback: string): string {
  if (name && isUnsafeText(name))
    throw new AppError('INVALID_TEXT', [
      { path: 'file.filename', message: 'Tên tệp chứa ký tự điều khiển hoặc ký tự Unicode không hợp lệ.' },
    ]);
  return name || fallback;
}
