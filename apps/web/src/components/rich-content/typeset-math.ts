import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * Loaded on demand by RichContent (a dynamic import), so KaTeX, its CSS and fonts reach only the
 * pages that show math. Every `.math[data-latex]` element gets KaTeX's output in place.
 * @public (used through the dynamic import's module object, which knip does not follow)
 */
export function typesetMath(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('.math[data-latex]')) {
    const latex = element.dataset.latex ?? '';
    try {
      katex.render(latex, element, { throwOnError: false, displayMode: element.tagName === 'DIV' });
    } catch {
      // throwOnError covers parse errors only; a runaway macro must not blank the whole question.
      element.textContent = latex;
    }
  }
}
