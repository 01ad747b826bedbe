import katex from 'katex';
import { htmlToXhtml } from '../html.js';

const MATH = /<(span|div) class="math" data-latex="([^"]*)"><\/\1>/g;
const STYLE = /\s+style\s*=\s*("[^"]*"|'[^']*')/gi;

const attributeText = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Model math as MathML carrying the LaTeX as its TeX annotation: any QTI player shows it, and
 * our import reads the annotation back unchanged. LaTeX KaTeX cannot read stays our marker span.
 */
function mathMl(latex: string, display: boolean): string | null {
  try {
    const rendered = katex.renderToString(latex, {
      output: 'mathml',
      throwOnError: true,
      displayMode: display,
    });
    const math = rendered.match(/<math[\s\S]*<\/math>/)?.[0];
    return math ?? null;
  } catch {
    return null;
  }
}

/**
 * A model HTML fragment as QTI 3 item-body XHTML: void elements closed, math as MathML, no
 * `style` attributes (the schema has none; our HTML should carry none either).
 */
export function qtiXhtml(fragment: string): string {
  return htmlToXhtml(fragment)
    .replace(STYLE, '')
    .replace(
      MATH,
      (whole, tag: string, latex: string) => mathMl(attributeText(latex), tag === 'div') ?? whole,
    );
}
