import { htmlText } from './html-text.js';

const MATH_ELEMENT = /<(span|div)\b[^>]*\bdata-latex="([^"]*)"[^>]*>/gi;

/**
 * A stem shown as one line (a near-duplicate link): plain text with each formula kept as `$…$`, so
 * the web app can typeset it; shortened to `max` characters without cutting a formula in two.
 */
export function stemPreview(html: string, max = 200): string {
  const text = htmlText(
    html.replace(MATH_ELEMENT, (_m, _tag, latex: string) => ` $${latex.replaceAll('$', '')}$ `),
  );
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // An odd count of `$` means the cut fell inside a formula: end before it instead.
  if ((cut.match(/\$/g) ?? []).length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('$'));
  return `${cut.trimEnd()}…`;
}
