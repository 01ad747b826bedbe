/** A node of a question's HTML fragment. */
export type HtmlNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; name: string; attrs: Record<string, string>; children: HtmlNode[] };

export type HtmlElement = Extract<HtmlNode, { kind: 'element' }>;

const VOID = new Set(['br', 'img', 'hr', 'input', 'col', 'meta', 'link', 'source', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * A tolerant parser for the model's small HTML vocabulary (question stems come from Word, Moodle,
 * QTI and the editor, not always well-formed): unmatched closing tags are ignored, unclosed
 * elements end with their parent, entities are decoded.
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawName, rawAttrs] = match;
    const parent = stack[stack.length - 1] as HtmlElement;
    if (whole.startsWith('<!--')) continue;
    if (rawName === undefined) {
      parent.children.push({ kind: 'text', text: decodeEntities(whole) });
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((element) => element.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: HtmlElement = { kind: 'element', name, attrs: parseAttrs(rawAttrs ?? ''), children: [] };
    parent.children.push(element);
    if (!VOID.has(name) && !/\/\s*$/.test(rawAttrs ?? '')) stack.push(element);
  }
  return root.children;
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, double, single, bare] of raw.matchAll(ATTR)) {
    if (name && name !== '/') attrs[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

function hasClass(element: HtmlElement, name: string): boolean {
  return (element.attrs.class ?? '').split(/\s+/).includes(name);
}

/** `<span class="math">` / `<div class="math">` with its LaTeX. */
export function mathOf(node: HtmlNode): { latex: string; display: boolean } | null {
  if (node.kind !== 'element' || !hasClass(node, 'math') || !(node.name === 'span' || node.name === 'div'))
    return null;
  return { latex: node.attrs['data-latex'] ?? '', display: node.name === 'div' };
}

/** The visible text of nodes (math and images count as nothing). */
export function plainTextOf(nodes: HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.name === 'br') return '\n';
      return mathOf(node) ? '' : plainTextOf(node.children);
    })
    .join('');
}
