import { describe, expect, it } from 'vitest';
import { parseSchoolKind } from '../src/school-kind.js';
import { foldDiacritics, headerKey } from '../src/text.js';

describe('foldDiacritics', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldDiacritics('Toán lớp 6')).toBe('toan lop 6');
    expect(foldDiacritics('  ĐỊA   Lí ')).toBe('dia li');
    expect(foldDiacritics('Tuyên Hoá')).toBe(foldDiacritics('Tuyên Hóa'));
  });
  it('makes header keys', () => {
    expect(headerKey('Mã trường')).toBe('ma_truong');
    expect(headerKey(' Họ và tên (*) ')).toBe('ho_va_ten');
  });
});

describe('parseSchoolKind', () => {
  it('reads the usual spellings', () => {
    expect(parseSchoolKind('TH & THCS')?.levels).toEqual(['primary', 'lower_secondary']);
    expect(parseSchoolKind('tiểu học')?.kind).toBe('Tiểu học');
    expect(parseSchoolKind('Đại học')).toBeNull();
  });
});
