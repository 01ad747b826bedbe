import { HEADINGS, LISTS } from '../html-elements.js';
import { xmlText } from '../xml.js';
import { type HtmlElement, type HtmlNode, mathOf, parseHtml, plainTextOf } from './html-tree.js';
import { latexToOmml } from './latex-omml.js';
import type { MediaRegistry } from './media.js';
import { displayMath, inlineMath } from './omml-builders.js';

/** A paragraph's content (runs, equations, pictures) or a whole table, before it is placed. */
export type WordBlock = { kind: 'paragraph'; runs: string; text: string } | { kind: 'table'; xml: string };

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  vertAlign?: 'superscript' | 'subscript';
  /** In half-points; the document's 13 pt when absent. */
  size?: number;
  /** Code: a monospace font, which the reader takes back as `<code>` / `<pre>`. */
  code?: boolean;
}

const MONOSPACE = 'Courier New';

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH_TWIPS = 9638;

const CONTAINERS = new Set([
  ...['p', 'div', 'pre', 'blockquote', 'section', 'article', 'header', 'footer', 'center'],
  ...LISTS,
  ...HEADINGS,
]);
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'object', 'iframe']);

/** A run of text; tabs become Word tabs. */
export function textRun(text: string, format: RunFormat = {}): string {
  if (!text) return '';
  const props = [
    format.code ? `<w:rFonts w:ascii="${MONOSPACE}" w:hAnsi="${MONOSPACE}" w:cs="${MONOSPACE}"/>` : '',
    format.bold ? '<w:b/>' : '',
    format.italic ? '<w:i/>' : '',
    format.underline ? '<w:u w:val="single"/>' : '',
    format.vertAlign ? `<w:vertAlign w:val="${format.vertAlign}"/>` : '',
    format.size ? `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/>` : '',
  ].join('');
  const pieces = text
    .split('\t')
    .map((piece) => (piece ? `<w:t xml:space="preserve">${xmlText(piece)}</w:t>` : ''));
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${pieces.join('<w:tab/>')}</w:r>`;
}

export function paragraphXml(runs: string, props = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

export function blockXml(block: WordBlock): string {
  return block.kind === 'table' ? block.xml : paragraphXml(block.runs);
}

/**
 * An HTML fragment as Word blocks: each `<p>` (and other block element) a paragraph, tables as
 * tables, loose inline content (text, inline or display math, images) one paragraph, the way
 * the reader's `joinParagraphs` put them together.
 */
export function htmlBlocks(html: string, media: MediaRegistry): WordBlock[] {
  return blocksOf(parseHtml(html), media);
}

function blocksOf(nodes: HtmlNode[], media: MediaRegistry): WordBlock[] {
  const blocks: WordBlock[] = [];
  let inline: HtmlNode[] = [];
  const flush = (): void => {
    if (hasContent(inline))
      blocks.push({ kind: 'paragraph', runs: inlineRuns(inline, {}, media), text: plainTextOf(inline) });
    inline = [];
  };
  for (const node of nodes) {
    if (node.kind === 'element' && node.name === 'pre') {
      flush();
      blocks.push(preformatted(node));
    } else if (node.kind === 'element' && node.name === 'table') {
      flush();
      const table = tableXml(node, media);
      if (table) blocks.push({ kind: 'table', xml: table });
    } else if (node.kind === 'element' && CONTAINERS.has(node.name) && !mathOf(node)) {
      flush();
      blocks.push(...blocksOf(node.children, media));
    } else inline.push(node);
  }
  flush();
  return blocks;
}

function hasContent(nodes: HtmlNode[]): boolean {
  return nodes.some((node) =>
    node.kind === 'text'
      ? node.text.trim() !== ''
      : node.name === 'img' || mathOf(node) !== null || hasContent(node.children),
  );
}

function inlineRuns(nodes: HtmlNode[], format: RunFormat, media: MediaRegistry): string {
  return nodes.map((node) => inlineRun(node, format, media)).join('');
}

function inlineRun(node: HtmlNode, format: RunFormat, media: MediaRegistry): string {
  if (node.kind === 'text') return textRun(node.text.replace(/\r?\n/g, ' '), format);
  const math = mathOf(node);
  if (math) {
    const omml = latexToOmml(math.latex);
    return math.display ? displayMath(omml) : inlineMath(omml);
  }
  const children = (more: RunFormat): string => inlineRuns(node.children, { ...format, ...more }, media);
  switch (node.name) {
    case 'br':
      return '<w:r><w:br/></w:r>';
    case 'img':
      return imageRun(node, media);
    case 'strong':
    case 'b':
      return children({ bold: true });
    case 'em':
    case 'i':
      return children({ italic: true });
    case 'u':
    case 'ins':
      return children({ underline: true });
    case 'sup':
      return children({ vertAlign: 'superscript' });
    case 'sub':
      return children({ vertAlign: 'subscript' });
    case 'code':
      return children({ code: true });
    case 'a': {
      // Not underlined or coloured: either would read back as an answer mark on an option.
      const id = media.link(node.attrs.href ?? '');
      return id ? `<w:hyperlink r:id="${id}" w:history="1">${children({})}</w:hyperlink>` : children({});
    }
    default:
      return SKIPPED.has(node.name) ? '' : children({});
  }
}

function imageRun(node: HtmlElement, media: MediaRegistry): string {
  const src = node.attrs.src ?? '';
  const id = src.startsWith('embedded:') ? src.slice('embedded:'.length) : null;
  const size = (name: string): number | undefined => Number(node.attrs[name]) || undefined;
  const props = { alt: node.attrs.alt, width: size('width'), height: size('height') };
  const drawing = id === null ? null : media.drawing(id, props);
  if (drawing) return drawing;
  // A picture we do not have stays visible as a note instead of vanishing.
  return textRun(`[Hình: ${node.attrs.alt || id || src}]`, { italic: true });
}

/** `<pre>`: one paragraph in a monospace font, its lines joined by line breaks, spaces kept. */
function preformatted(pre: HtmlElement): WordBlock {
  const text = plainTextOf(pre.children).replace(/\r\n?/g, '\n');
  const runs = text
    .split('\n')
    .map((line) => textRun(line, { code: true }))
    .join('<w:r><w:br/></w:r>');
  return { kind: 'paragraph', runs, text };
}

function tableXml(table: HtmlElement, media: MediaRegistry): string | null {
  const rows = table.children.flatMap((child) =>
    child.kind === 'element' && ['thead', 'tbody', 'tfoot'].includes(child.name) ? child.children : [child],
  );
  const cells = rows
    .filter((row): row is HtmlElement => row.kind === 'element' && row.name === 'tr')
    .map((row) =>
      row.children.filter(
        (c): c is HtmlElement => c.kind === 'element' && (c.name === 'td' || c.name === 'th'),
      ),
    )
    .filter((row) => row.length > 0);
  if (cells.length === 0) return null;
  const span = (cell: HtmlElement): number => Math.max(1, Math.min(63, Number(cell.attrs.colspan) || 1));
  const columns = Math.max(...cells.map((row) => row.reduce((sum, cell) => sum + span(cell), 0)));
  const width = Math.floor(TEXT_WIDTH_TWIPS / columns);
  const border = (side: string): string =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  const body = cells
    .map((row) => {
      const tcs = row.map((cell) => {
        const gridSpan = span(cell) > 1 ? `<w:gridSpan w:val="${span(cell)}"/>` : '';
        const content = blocksOf(cell.children, media);
        const xml = content.map(blockXml).join('');
        const closed = content.at(-1)?.kind === 'paragraph' ? xml : `${xml}<w:p/>`;
        return `<w:tc><w:tcPr><w:tcW w:w="${width * span(cell)}" w:type="dxa"/>${gridSpan}</w:tcPr>${closed}</w:tc>`;
      });
      // A row of header cells is a repeated header row, which the reader takes back as `<th>`.
      const header = row.every((cell) => cell.name === 'th') ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${header}${tcs.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${body}</w:tbl>`;
}
