import katex from 'katex';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_m, name: string) => ENTITY[name] ?? '');

const MATH = /<(span|div) class="math" data-latex="([^"]*)"><\/\1>/g;

/**
 * Question HTML with its math typeset by KaTeX on the server, so a student's phone gets ready HTML
 * (and the MathML twin for screen readers) and the quiz page ships no math library. KaTeX escapes
 * what it renders and `trust` stays off, so commands like \href cannot inject markup.
 */
export function typesetMath(html: string): string {
  return html.replace(MATH, (_whole, tag: string, latex: string) =>
    katex.renderToString(decode(latex), {
      displayMode: tag === 'div',
      throwOnError: false,
      output: 'htmlAndMathml',
    }),
  );
}
