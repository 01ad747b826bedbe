/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ -> d, collapsed spaces.
 * "Toán lớp 6" -> "toan lop 6".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key from a spreadsheet header: "Mã trường" -> "ma_truong". */
export function headerKey(header: string): string {
  return foldDiacritics(header)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
