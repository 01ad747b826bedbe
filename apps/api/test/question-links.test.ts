import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/modules/questions/content.js';

describe('question HTML links and preformatted text', () => {
  it('keeps an https link, opening in a new tab without a handle on the page', () => {
    expect(
      cleanHtml('Xem <a href="https://vi.wikipedia.org/wiki/Pi" onclick="x()" class="y">số π</a>.'),
    ).toBe(
      'Xem <a href="https://vi.wikipedia.org/wiki/Pi" rel="noopener noreferrer" target="_blank">số π</a>.',
    );
  });

  it('drops javascript:, data:, relative and protocol-relative links but keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      '/api/questions',
      'mailto:a@b.vn',
    ]) {
      expect(cleanHtml(`<a href="${href}">bấm</a>`), href).toBe('bấm');
    }
    expect(cleanHtml('<a>không có địa chỉ</a>')).toBe('không có địa chỉ');
  });

  it('keeps <pre> and <code> with their spacing', () => {
    const code = '<pre><code>for i in range(3):\n    print(i &lt; 2)</code></pre>';
    expect(cleanHtml(code)).toBe(code);
  });
});
