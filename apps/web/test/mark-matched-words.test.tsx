import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichContent } from '../src/components/rich-content/rich-content';
import { sanitizeQuestionHtml } from '../src/components/rich-content/sanitize-question-html';
import { markMatchedWords } from '../src/components/search/mark-matched-words';
import { renderComponent } from './render-component';

const marks = (root: ParentNode) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('markMatchedWords: search words marked in question HTML', () => {
  it('marks words in text nodes at any depth, whatever their diacritics, keeping the markup', () => {
    const html = sanitizeQuestionHtml(
      '<p>Tính <b>phân số</b> của <i>Hình học</i></p><table><tr><td>Phân</td></tr></table>',
      ['phan', 'so', 'hinh'],
    );
    expect(html).toBe(
      '<p>Tính <b><mark>phân</mark> <mark>số</mark></b> của <i><mark>Hình</mark> học</i></p>' +
        '<table><tbody><tr><td><mark>Phân</mark></td></tr></tbody></table>',
    );
  });

  it('leaves formulas whole: neither the LaTeX attribute nor KaTeX output is touched', async () => {
    const html = sanitizeQuestionHtml(
      '<p>Rút gọn phân số <span class="math" data-latex="\\frac{phan}{so}">phan so</span></p>',
      ['phan', 'so'],
    );
    expect(html).toBe(
      '<p>Rút gọn <mark>phân</mark> <mark>số</mark> <span class="math" data-latex="\\frac{phan}{so}">phan so</span></p>',
    );
    const { container } = renderComponent(
      <RichContent
        html={'<p>Phân số <span class="math" data-latex="\\frac{1}{2}"></span></p>'}
        highlight={['phan', 'frac', 'mfrac']}
      />,
    );
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    expect(marks(container)).toEqual(['Phân']);
    expect(container.querySelector('.math mark')).toBeNull();
  });

  it('puts hostile text in marks as text only, never as markup', () => {
    const hostile =
      '<p>&lt;img src=x onerror=alert(1)&gt; toan &lt;script&gt;alert(2)&lt;/script&gt;</p>' +
      '<img src="x" onerror="alert(3)"><script>toan()</script>';
    const html = sanitizeQuestionHtml(hostile, ['img', 'toan', 'script', 'onerror', 'alert']);
    const root = document.createElement('div');
    root.innerHTML = html;
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(marks(root)).toEqual(['img', 'onerror', 'alert', 'toan', 'script', 'alert', 'script']);
    expect(root.textContent).toBe('<img src=x onerror=alert(1)> toan <script>alert(2)</script>');
  });

  it('does nothing without words, and marks a typed prefix', () => {
    const template = document.createElement('template');
    template.innerHTML = '<p>Phương trình</p>';
    markMatchedWords(template.content, []);
    expect(template.innerHTML).toBe('<p>Phương trình</p>');
    markMatchedWords(template.content, ['phuon']);
    expect(template.innerHTML).toBe('<p><mark>Phương</mark> trình</p>');
  });
});
