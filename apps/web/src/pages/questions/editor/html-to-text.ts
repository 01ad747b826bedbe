import { verbatimTags } from './text-to-html';

/**
 * Stored question HTML to the editable text form (see `textToHtml` for the grammar): math becomes
 * `$…$` / `$$…$$`, `<br>` and paragraphs become newlines, everything else stays as inline HTML.
 */

const VOID = new Set(['br', 'img', 'col']);
/** Inside these, newlines of the text form would break the structure: `<br>`/`<p>` stay as tags. */
const STRUCTURED = new Set(['table', 'ul', 'ol', 'div', 'p', 'li', 'td', 'th']);
/** Top-level blocks kept as a paragraph of their own, so no `<p>` gets wrapped around them. */
const OWN_BLOCK = new Set(['table', 'ul', 'ol', 'div', 'pre']);
const knownTag = new RegExp(`<\\/?(?:${verbatimTags.join('|')})[\\s/>]`, 'i');
const entityLike = /&(?=[a-zA-Z][a-zA-Z0-9]{1,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)/g;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Text as the text form reads it back: `$`, a tag-like `<` and an entity-like `&` are escaped. */
function textOf(value: string): string {
  let text = value
    .replace(/\s*\n\s*/g, ' ')
    .replace(entityLike, '&amp;')
    .replace(/\$/g, '\\$');
  while (knownTag.test(text)) text = text.replace(knownTag, (match) => `&lt;${match.slice(1)}`);
  return text;
}

function openTag(element: Element): string {
  const attributes = [...element.attributes]
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
    .join('');
  return `<${element.tagName.toLowerCase()}${attributes}>`;
}

const isMath = (node: Node): node is Element =>
  node instanceof Element && node.classList.contains('math') && node.hasAttribute('data-latex');
const latexOf = (element: Element) => (element.getAttribute('data-latex') ?? '').trim();

/**
 * Inline content; `structured` inside tables and lists, where line breaks stay tags; inside
 * `<pre>` a newline of the text is a line of code, so it stays as a `<br>` tag.
 */
function inlineText(nodes: Iterable<Node>, structured: boolean, preformatted = false): string {
  let out = '';
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      out += preformatted ? text.split('\n').map(textOf).join('<br>') : textOf(text);
      continue;
    }
    if (!(node instanceof Element)) continue;
    const tag = node.tagName.toLowerCase();
    if (isMath(node) && (tag === 'span' || !structured)) {
      const latex = latexOf(node);
      out += tag === 'div' ? `\n$$${latex}$$\n` : `$${latex.replace(/\s*\n\s*/g, ' ')}$`;
    } else if (tag === 'br' && !structured) {
      out += '\n';
    } else if (VOID.has(tag)) {
      out += openTag(node);
    } else {
      const inner = STRUCTURED.has(tag) || structured || tag === 'pre';
      out += `${openTag(node)}${inlineText(node.childNodes, inner, preformatted || tag === 'pre')}</${tag}>`;
    }
  }
  return out;
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'display'; latex: string };

function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let run: Node[] = [];
  const flushRun = () => {
    const text = inlineText(run, false).trim();
    if (text) blocks.push({ kind: 'paragraph', text });
    run = [];
  };
  for (const node of root.childNodes) {
    const tag = node instanceof Element ? node.tagName.toLowerCase() : '';
    if (isMath(node) && tag === 'div') {
      flushRun();
      blocks.push({ kind: 'display', latex: latexOf(node) });
    } else if (tag === 'p') {
      flushRun();
      // A paragraph holding display math splits around it, as the text form would.
      blocks.push(...blocksOf(node));
    } else if (OWN_BLOCK.has(tag)) {
      flushRun();
      blocks.push({ kind: 'paragraph', text: inlineText([node], false) });
    } else {
      run.push(node);
    }
  }
  flushRun();
  return blocks;
}

/** Stored HTML to the text form. Paragraphs are separated by a blank line, display math by a newline. */
export function htmlToText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const blocks = blocksOf(template.content);
  let out = '';
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (previous) out += previous.kind === 'paragraph' && block.kind === 'paragraph' ? '\n\n' : '\n';
    out += block.kind === 'display' ? `$$${block.latex}$$` : block.text;
  });
  return out;
}
