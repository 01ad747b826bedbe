import { mathHtml } from '../html.js';

/**
 * TeX in Moodle text as Moodle's MathJax filter reads it: `\(…\)` inline, `\[…\]` and `$$…$$`
 * display (MathJax's defaults in Moodle). Only plain text between tags is looked at, never
 * attributes, `<pre>` or `<code>`; a formula never spans a tag and is at most 4000 characters
 * (an unclosed delimiter costs no more than that).
 */
const DELIMITED = /\$\$([\s\S]{1,4000}?)\$\$|\\\[([\s\S]{1,4000}?)\\\]|\\\(([\s\S]{1,4000}?)\\\)/g;
const TAG = /(<[^>]*>)/;
const VERBATIM = /^<\/?(pre|code)\b/i;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#39|#x27|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Moodle HTML with TeX delimiters -> our math markers. */
export function texToMath(html: string): string {
  if (!/\$\$|\\\(|\\\[/.test(html)) return html;
  let verbatim = 0;
  return html
    .split(TAG)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (VERBATIM.test(piece)) verbatim += piece.startsWith('</') ? -1 : 1;
        return piece;
      }
      if (verbatim > 0) return piece;
      return piece.replace(DELIMITED, (_m, dollars?: string, display?: string, inline?: string) => {
        const latex = unescapeHtml((dollars ?? display ?? inline ?? '').trim());
        return mathHtml(latex, inline === undefined);
      });
    })
    .join('');
}

const MARKER = /<(span|div) class="math" data-latex="([^"]*)"><\/\1>/g;

/** Our math markers -> `\(…\)` (inline) and `\[…\]` (display), which Moodle's MathJax renders. */
export function mathToTex(html: string): string {
  return html.replace(MARKER, (_m, tag: string, latex: string) =>
    tag === 'div' ? `\\[${latex}\\]` : `\\(${latex}\\)`,
  );
}

function unescapeHtml(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith('#')) return NAMED[lower] ?? whole;
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
