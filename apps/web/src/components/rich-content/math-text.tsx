import { RichContent } from './rich-content';

const FORMULA = /\$([^$]+)\$/g;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text with `$…$` formulas (a stem preview from the API) as question HTML: the text escaped. */
export function mathTextHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(FORMULA)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<span class="math" data-latex="${escapeHtml(match[1] ?? '')}"></span>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** One line of text whose `$…$` formulas are typeset by KaTeX like the rest of the question views. */
export function MathText({ text }: { text: string }) {
  return <RichContent html={mathTextHtml(text)} display="inline" />;
}
