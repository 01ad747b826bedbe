import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichContent } from '../src/components/rich-content/rich-content';
import { renderComponent } from './render-component';

/** What RichContent shows of `html`: the HTML left inside it. */
const shownHtml = (html: string) =>
  renderComponent(<RichContent html={html} />).container.querySelector('.rich-content')?.innerHTML;

describe('RichContent', () => {
  it('typesets every data-latex element with KaTeX, inline and display', async () => {
    const { container } = renderComponent(
      <RichContent
        html={
          '<p>Tính <span class="math" data-latex="\\frac{1}{2}"></span></p><div class="math" data-latex="x^2 + 1"></div>'
        }
      />,
    );
    await waitFor(() => expect(container.querySelectorAll('.katex')).toHaveLength(2));
    const inline = container.querySelector('span.math');
    expect(inline?.querySelector('.katex-display')).toBeNull();
    expect(inline?.querySelector('.mfrac')).not.toBeNull();
    expect(container.querySelector('div.math .katex-display')).not.toBeNull();
    expect(container.textContent).toContain('Tính');
  });

  it('shows a formula KaTeX cannot parse instead of failing', async () => {
    const { container } = renderComponent(
      <RichContent html={'<span class="math" data-latex="\\frac{1"></span>'} />,
    );
    await waitFor(() => expect(container.querySelector('.katex-error, .katex')).not.toBeNull());
  });

  it('drops scripts, handlers and foreign images even from text the teacher typed', () => {
    const typed =
      '<img src="x" onerror="alert(1)"><img src="/api/question-images/ab"><script>alert(2)</script><a href="javascript:1">b</a><u>u</u>';
    expect(shownHtml(typed)).toBe('<img src="/api/question-images/ab">b<u>u</u>');
  });

  it('keeps web links (opened in a new tab) and preformatted code; other links keep only their text', () => {
    const typed =
      '<a href="https://vi.wikipedia.org/wiki/Pi" onclick="x()" target="_self">π</a> <a href="data:text/html,x">d</a> <a href="//evil.example">e</a><pre><code>a  b</code></pre>';
    expect(shownHtml(typed)).toBe(
      '<a href="https://vi.wikipedia.org/wiki/Pi" rel="noopener noreferrer" target="_blank">π</a> d e<pre><code>a  b</code></pre>',
    );
  });
});
