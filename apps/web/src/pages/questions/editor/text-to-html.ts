import { questionHtmlTags } from '@hoclieu/contracts';

/**
 * The editable text form of question HTML, back to HTML: `$…$` is inline math, `$$…$$` display math,
 * a newline a line break, a blank line a new paragraph, `\$` a dollar sign. Tags of the question
 * vocabulary (`<u>`, `<img …>`, tables…) and character references pass through verbatim so nothing
 * the text form cannot express is lost; every other character is escaped. The server sanitises.
 */

/** Elements teachers may keep as inline HTML in the text form (what the server's sanitiser knows). */
export const verbatimTags: readonly string[] = questionHtmlTags;

const tagPattern = new RegExp(
  `^</?(?:${verbatimTags.join('|')})(?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*\\s*/?>`,
  'i',
);
const entityPattern = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;
/** Blocks that must not be wrapped in `<p>` (the browser would break the paragraph open). */
const blockStart = /^<(?:table|ul|ol|div|p|pre)\b/i;

type Token = { kind: 'inline'; html: string } | { kind: 'newline' } | { kind: 'display'; latex: string };

export const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const inlineMathHtml = (latex: string) => `<span class="math" data-latex="${escapeAttribute(latex)}"></span>`;
const displayMathHtml = (latex: string) => `<div class="math" data-latex="${escapeAttribute(latex)}"></div>`;

/** The first token at `rest`, and how many characters it took. */
function nextToken(rest: string): [Token, number] {
  if (rest.startsWith('\\$')) return [{ kind: 'inline', html: '$' }, 2];
  if (rest.startsWith('\n')) return [{ kind: 'newline' }, 1];
  if (rest.startsWith('$$')) {
    const display = /^\$\$((?:\\[\s\S]|[^\\])+?)\$\$/.exec(rest);
    if (display?.[1]?.trim()) return [{ kind: 'display', latex: display[1].trim() }, display[0].length];
  }
  if (rest.startsWith('$')) {
    const inline = /^\$((?:\\.|[^$\\\n])+?)\$/.exec(rest);
    if (inline?.[1]?.trim())
      return [{ kind: 'inline', html: inlineMathHtml(inline[1].trim()) }, inline[0].length];
  }
  if (rest.startsWith('<')) {
    const tag = tagPattern.exec(rest);
    if (tag) return [{ kind: 'inline', html: tag[0] }, tag[0].length];
  }
  if (rest.startsWith('&')) {
    const entity = entityPattern.exec(rest);
    if (entity) return [{ kind: 'inline', html: entity[0] }, entity[0].length];
  }
  const plain = /^[^\\$\n<&]+/.exec(rest)?.[0] ?? (rest[0] as string);
  return [{ kind: 'inline', html: escapeText(plain) }, plain.length];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const [token, length] = nextToken(text.slice(at));
    tokens.push(token);
    at += length;
  }
  return tokens;
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'display'; latex: string };

function blocksOf(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [''];
  const closeParagraph = () => {
    while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
    while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
    if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
    lines = [''];
  };
  for (const token of tokens) {
    if (token.kind === 'display') {
      closeParagraph();
      blocks.push(token);
    } else if (token.kind === 'newline') {
      // A blank line (an empty line after a newline) ends the paragraph.
      if (lines.at(-1)?.trim() === '' && lines.length > 1) closeParagraph();
      else lines.push('');
    } else {
      lines[lines.length - 1] += token.html;
    }
  }
  closeParagraph();
  return blocks;
}

/** Text form to HTML. One plain paragraph stays inline (an option, a short stem); more become `<p>`s. */
export function textToHtml(text: string): string {
  const blocks = blocksOf(tokenize(text.replace(/\r\n?/g, '\n')));
  const single = blocks.length === 1 && blocks[0]?.kind === 'paragraph';
  return blocks
    .map((block) => {
      if (block.kind === 'display') return displayMathHtml(block.latex);
      const inner = block.lines.join('<br>');
      return single || blockStart.test(inner) ? inner : `<p>${inner}</p>`;
    })
    .join('');
}
