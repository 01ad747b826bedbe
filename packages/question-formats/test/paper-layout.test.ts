import { describe, expect, it } from 'vitest';
import { mediaRegistry } from '../src/docx-export/media.js';
import { htmlBlocks } from '../src/docx-export/wordml.js';
import { mathHtml } from '../src/html.js';
import { vietnameseNumber } from '../src/index.js';
import { optionsPerLine } from '../src/paper/option-layout.js';
import { essayNumeral } from '../src/paper/paper-parts.js';

const perLine = (...html: string[]) => {
  const options = html.map((item, i) => ({ label: 'ABCD'.charAt(i) as 'A', html: item, correct: false }));
  const media = mediaRegistry([]);
  return optionsPerLine(
    options,
    options.map((option) => htmlBlocks(option.html, media)),
  );
};

describe('option layout', () => {
  it('puts 4 short options on a line, 2 medium ones, long ones alone; equations count their LaTeX', () => {
    const fourteen = 'Đường tròn (C)'; // 14 characters in NFC
    expect(fourteen).toHaveLength(14);
    expect(perLine('1', '2', '3', fourteen)).toBe(4);
    expect(perLine('1', '2', '3', fourteen.normalize('NFD'))).toBe(4);
    expect(perLine('1', '2', '3', `${fourteen}.`)).toBe(2);
    expect(perLine('1', '2', '3', 'x'.repeat(32))).toBe(2);
    expect(perLine('1', '2', '3', 'x'.repeat(33))).toBe(1);
    expect(perLine(mathHtml('\\frac{1}{2}', false), '2', '3', '4')).toBe(4);
    expect(perLine(mathHtml('\\sqrt{{x}^{2}+1}', false), '2', '3', '4')).toBe(2);
  });

  it('never shares a line with a picture, a table, a break, display math or a second paragraph', () => {
    for (const odd of [
      '<img src="embedded:a.png">',
      '<table><tr><td>1</td></tr></table>',
      'a<br>b',
      mathHtml('x', true),
      '<p>a</p><p>b</p>',
    ])
      expect(perLine('1', odd, '3', '4')).toBe(1);
  });
});

describe('vietnameseNumber', () => {
  it('writes a decimal comma with at most two decimals', () => {
    expect([0.25, 2.5, 30, 0.1 + 0.2, 100 / 3, 0, -0.001].map(vietnameseNumber)).toEqual([
      '0,25',
      '2,5',
      '30',
      '0,3',
      '33,33',
      '0',
      '0',
    ]);
  });
});

describe('essayNumeral', () => {
  it('numbers the essay part after the last objective part present', () => {
    expect(essayNumeral(['I', 'II', 'III', 'essay'])).toBe('IV');
    expect(essayNumeral(['I', 'essay'])).toBe('II');
    expect(essayNumeral(['essay'])).toBe('I');
  });
});
