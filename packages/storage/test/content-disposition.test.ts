import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../src/index.js';

describe('attachmentDisposition', () => {
  it('keeps the exact Vietnamese name in filename* and an ASCII fallback in filename', () => {
    const header = attachmentDisposition('Đề kiểm tra (bản 2) - Toán 6*.pdf');
    expect(header).toMatch(
      /^attachment; filename="De kiem tra \(ban 2\) - Toan 6\*\.pdf"; filename\*=UTF-8''/,
    );
    const encoded = header.split("filename*=UTF-8''")[1] ?? '';
    expect(encoded).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/);
    expect(decodeURIComponent(encoded)).toBe('Đề kiểm tra (bản 2) - Toán 6*.pdf');
  });

  it('cannot break out of the header or the quoted fallback', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_c__Set-Cookie: x.pdf"');
  });
});
