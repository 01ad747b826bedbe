import { describe, expect, it } from 'vitest';
import { htmlLabel, htmlText } from '../src/questions/html-text.js';

describe('htmlLabel', () => {
  it('reads math as its LaTeX and leaves images out, where search text names them', () => {
    const html =
      '<p>Tính <span class="math" data-latex="\\frac{1}{2} &lt; x"></span> <img src="/a.png"> &amp; 2</p>';
    expect(htmlLabel(html)).toBe('Tính \\frac{1}{2} < x & 2');
    expect(htmlText(html)).toBe('Tính \\frac{1}{2} < x [hình] & 2');
  });

  it('shortens to the length asked, with an ellipsis', () => {
    expect(htmlLabel(`<p>${'a'.repeat(100)}</p>`, 80)).toBe(`${'a'.repeat(79)}…`);
    expect(htmlLabel('<p>ngắn</p>', 80)).toBe('ngắn');
  });
});
