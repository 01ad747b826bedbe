import { describe, expect, it } from 'vitest';
import { highlightParts } from '../src/components/search/highlight-parts';

const marked = (text: string, words: string[]) =>
  highlightParts(text, words)
    .filter((part) => part.marked)
    .map((part) => part.text);

describe('highlightParts', () => {
  it('marks the matched words whatever their diacritics, and words a typed prefix begins', () => {
    expect(marked('Phân số và số thập phân – Toán 6', ['toan', '6', 'phan'])).toEqual([
      'Phân',
      'phân',
      'Toán',
      '6',
    ]);
    expect(marked('Phương trình bậc hai', ['phuon'])).toEqual(['Phương']);
    expect(marked('Hình học', [])).toEqual([]);
  });

  it('keeps the whole text, markup included, as text', () => {
    const text = '<img src=x onerror=alert(1)> Toán';
    expect(
      highlightParts(text, ['toan'])
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });
});
