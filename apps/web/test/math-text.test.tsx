import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MathText, mathTextHtml } from '../src/components/rich-content/math-text';
import { renderComponent } from './render-component';

/** A near-duplicate link shows the formula, not `\frac{x}{2}`. */
describe('a stem preview with formulas', () => {
  it('typesets each $…$ formula with KaTeX and keeps the words around it', async () => {
    const { container } = renderComponent(<MathText text="Tìm x biết $\frac{x}{2}$ = 3" />);
    await waitFor(() => expect(container.querySelector('.katex .mfrac')).not.toBeNull());
    expect(container.querySelector('.katex-html')?.textContent).not.toContain('\\frac');
    expect(container.textContent).toContain('Tìm x biết');
    expect(container.textContent).toContain('= 3');
  });

  it('escapes the text: a stem cannot inject markup', () => {
    expect(mathTextHtml('<b>a</b> & $x<1$')).toBe(
      '&lt;b&gt;a&lt;/b&gt; &amp; <span class="math" data-latex="x&lt;1"></span>',
    );
    expect(mathTextHtml('Giá 5$ mỗi quyển')).toBe('Giá 5$ mỗi quyển');
  });
});
