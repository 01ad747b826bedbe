import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/pages/questions/editor/html-to-text';
import { textToHtml } from '../src/pages/questions/editor/text-to-html';

const inline = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;
const display = (latex: string) => `<div class="math" data-latex="${latex}"></div>`;

describe('text form to HTML', () => {
  it('turns $…$ into inline math and $$…$$ into display math between paragraphs', () => {
    expect(textToHtml('Tính $\\frac{1}{2} + x^2$ nhé')).toBe(`Tính ${inline('\\frac{1}{2} + x^2')} nhé`);
    expect(textToHtml('Cho hàm số\n$$y = x^3 - 3x$$\nTìm cực trị.')).toBe(
      `<p>Cho hàm số</p>${display('y = x^3 - 3x')}<p>Tìm cực trị.</p>`,
    );
    expect(textToHtml('$$\\begin{cases} x=1 \\\\ y=2 \\end{cases}$$')).toBe(
      display('\\begin{cases} x=1 \\\\ y=2 \\end{cases}'),
    );
  });

  it('makes a newline a line break and a blank line a new paragraph', () => {
    expect(textToHtml('dòng 1\ndòng 2')).toBe('dòng 1<br>dòng 2');
    expect(textToHtml('đoạn 1\n\nđoạn 2\ndòng 2')).toBe('<p>đoạn 1</p><p>đoạn 2<br>dòng 2</p>');
    expect(textToHtml('\n\nmột đoạn\n\n\n')).toBe('một đoạn');
  });

  it('escapes text, keeps \\$ as a dollar sign and a lone $ as text', () => {
    expect(textToHtml('x < 3 & y > 2')).toBe('x &lt; 3 &amp; y &gt; 2');
    expect(textToHtml('giá \\$5 và $')).toBe('giá $5 và $');
    expect(textToHtml('$a<b$')).toBe(inline('a&lt;b'));
    expect(textToHtml('$"x" & y$')).toBe(inline('&quot;x&quot; &amp; y'));
    expect(textToHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps HTML of the question vocabulary and character references verbatim', () => {
    const text = 'Gạch <u>chân</u> <img src="/api/question-images/ab12" alt=""> H<sub>2</sub>O &nbsp;';
    expect(textToHtml(text)).toBe(text);
    expect(textToHtml('a\n\n<table><tr><td>1</td></tr></table>')).toBe(
      '<p>a</p><table><tr><td>1</td></tr></table>',
    );
  });
});

describe('HTML to the text form', () => {
  it('turns math back into $…$ and $$…$$', () => {
    expect(htmlToText(`Tính ${inline('\\frac{1}{2}')}`)).toBe('Tính $\\frac{1}{2}$');
    expect(htmlToText(`<p>Cho</p>${display('x^2')}<p>Tìm</p>`)).toBe('Cho\n$$x^2$$\nTìm');
    expect(htmlToText(`<p>Cho ${display('x^2')} tìm</p>`)).toBe('Cho\n$$x^2$$\ntìm');
  });

  it('turns <br> and paragraphs into newlines', () => {
    expect(htmlToText('a<br>b')).toBe('a\nb');
    expect(htmlToText('<p>a</p>\n<p>b<br/>c</p>')).toBe('a\n\nb\nc');
    expect(htmlToText('<p>một\ndòng</p>')).toBe('một dòng');
  });

  it('escapes what the text form would read as syntax', () => {
    expect(htmlToText('giá 5$ &amp; &lt;u&gt; x &lt; 3')).toBe('giá 5\\$ & &lt;u> x < 3');
    expect(htmlToText('&amp;nbsp;')).toBe('&amp;nbsp;');
  });

  it('keeps what it cannot express as inline HTML, with math inside still as $…$', () => {
    expect(htmlToText('<u>gạch</u> <strong>đậm</strong> <img src="/api/question-images/ab">')).toBe(
      '<u>gạch</u> <strong>đậm</strong> <img src="/api/question-images/ab">',
    );
    expect(htmlToText(`<table><tbody><tr><td>${inline('x')}<br>y</td></tr></tbody></table>`)).toBe(
      '<table><tbody><tr><td>$x$<br>y</td></tr></tbody></table>',
    );
  });
});

describe('round trip', () => {
  const texts = [
    'Tính $\\sqrt{2}$',
    'Cho hàm số $y=f(x)$ liên tục.\n\nKhẳng định nào đúng?',
    'a\nb\n$$\\int_0^1 x\\,dx$$\nc',
    'giá \\$5, x < 3 & y > 2',
    'Gạch <u>chân $x$</u> và <img src="/api/question-images/ab" alt="hình 1">',
    'Bảng:\n\n<table><tbody><tr><td>$a$</td><td>b<br>c</td></tr></tbody></table>\n\nHết.',
  ];
  it.each(texts)('text -> HTML -> text keeps %j', (text) => {
    expect(htmlToText(textToHtml(text))).toBe(text);
  });

  const htmls = [
    `Cho ${inline('a &amp; b')} và <u>c</u>`,
    `<p>Đoạn 1</p><p>Đoạn 2<br>dòng</p>${display('x')}`,
    '<table><tbody><tr><td>1</td></tr></tbody></table>',
    'x &lt; 3 &amp;&amp; 5$',
    '<p>Chạy chương trình:</p><pre><code>for i in range(3):<br>    print(i)</code></pre>',
  ];
  it.each(htmls)('HTML -> text -> HTML keeps %j', (html) => {
    expect(textToHtml(htmlToText(html))).toBe(html);
  });

  it('keeps the lines and indentation of preformatted code (imported with newlines) as line breaks', () => {
    const imported = '<pre><code>for i in range(3):\n    print(i)</code></pre>';
    expect(textToHtml(htmlToText(imported))).toBe(
      '<pre><code>for i in range(3):<br>    print(i)</code></pre>',
    );
  });
});
