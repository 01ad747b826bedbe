import fc from 'fast-check';
import { applyTextOps, NASTY, type TextOp, textOps, textPiece } from './text-mutations.js';

/** Structural mutations of a serialised XML document, and random documents over a format's element names. */

export type XmlOp =
  | { op: 'deleteTag'; tag: number }
  | { op: 'deleteElement'; tag: number }
  | { op: 'duplicateElement'; tag: number }
  | { op: 'swapTags'; a: number; b: number }
  | { op: 'renameTag'; tag: number; name: string }
  | { op: 'nest'; tag: number; name: string; depth: number }
  | { op: 'attribute'; tag: number; text: string }
  | { op: 'text'; ops: TextOp[] };

const TAG = /<\/?[A-Za-z_][^<>]*>/g;

/** Structural changes on a serialised XML document, by tag index (modulo the tag count). */
export function xmlOps(names: string[], tokens: string[] = []): fc.Arbitrary<XmlOp[]> {
  const name = fc.constantFrom(...names);
  // Weighted towards changes that keep the document well-formed, so most inputs reach the reader.
  const op: fc.Arbitrary<XmlOp> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('deleteTag' as const), tag: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('deleteElement' as const), tag: fc.nat() }), weight: 4 },
    { arbitrary: fc.record({ op: fc.constant('duplicateElement' as const), tag: fc.nat() }), weight: 4 },
    { arbitrary: fc.record({ op: fc.constant('swapTags' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('renameTag' as const), tag: fc.nat(), name }), weight: 1 },
    {
      arbitrary: fc.record({
        op: fc.constant('nest' as const),
        tag: fc.nat(),
        name,
        depth: fc.oneof(
          { arbitrary: fc.integer({ min: 1, max: 50 }), weight: 3 },
          { arbitrary: fc.integer({ min: 150, max: 250 }), weight: 1 },
          { arbitrary: fc.integer({ min: 1_000, max: 30_000 }), weight: 1 },
        ),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('attribute' as const),
        tag: fc.nat(),
        text: textPiece([...names, ...tokens]),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('text' as const),
        ops: textOps([...names.map((n) => `<${n}>`), ...tokens]),
      }),
      weight: 1,
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 5 });
}

export function applyXmlOps(seed: string, ops: XmlOp[]): string {
  let xml = seed;
  for (const op of ops) {
    if (op.op === 'text') {
      xml = applyTextOps(xml, op.ops);
      continue;
    }
    const tags = [...xml.matchAll(TAG)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
    if (!tags.length) continue;
    const pick = (n: number) => tags[n % tags.length] as (typeof tags)[number];
    const cut = (start: number, end: number, text = '') => xml.slice(0, start) + text + xml.slice(end);
    if (op.op === 'deleteTag') {
      const tag = pick(op.tag);
      xml = cut(tag.start, tag.end);
    } else if (op.op === 'deleteElement' || op.op === 'duplicateElement') {
      const tag = pick(op.tag);
      const end = elementEnd(xml, tag);
      const element = xml.slice(tag.start, end);
      xml = op.op === 'deleteElement' ? cut(tag.start, end) : cut(tag.start, end, element + element);
    } else if (op.op === 'swapTags') {
      const [a, b] = [pick(op.a), pick(op.b)].sort((x, y) => x.start - y.start) as [
        (typeof tags)[number],
        (typeof tags)[number],
      ];
      if (a.start !== b.start)
        xml = xml.slice(0, a.start) + b.text + xml.slice(a.end, b.start) + a.text + xml.slice(b.end);
    } else if (op.op === 'renameTag') {
      // The element's open and close tags both, so the document stays well-formed.
      const tag = pick(op.tag);
      const end = elementEnd(xml, tag);
      const element = xml.slice(tag.start, end);
      const oldName = (/^<\/?([^\s/>]+)/.exec(tag.text)?.[1] ?? '').slice(0, 200);
      const renamed = tag.text.startsWith('</')
        ? `</${op.name}>`
        : element
            .replace(/^<[^\s/>]+/, `<${op.name}`)
            .replace(new RegExp(`</${oldName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>$`), `</${op.name}>`);
      xml = cut(tag.start, end, renamed);
    } else if (op.op === 'nest') {
      const tag = pick(op.tag);
      xml = cut(tag.end, tag.end, `<${op.name}>`.repeat(op.depth) + `</${op.name}>`.repeat(op.depth));
    } else if (op.op === 'attribute') {
      const tag = pick(op.tag);
      if (!tag.text.startsWith('</')) {
        const at = tag.end - (tag.text.endsWith('/>') ? 2 : 1);
        // Mostly escaped (well-formed); one time in four the raw text, to break the attribute.
        const value = op.tag % 4 ? escapeAttribute(op.text) : op.text.replace(/"/g, '');
        xml = cut(at, at, ` a${op.tag % 7}="${value}"`);
      }
    }
  }
  return xml;
}

/** Where the element opened by `tag` ends (its matching close tag, by name and depth), or the tag's end. */
function elementEnd(xml: string, tag: { start: number; end: number; text: string }): number {
  if (tag.text.startsWith('</') || tag.text.endsWith('/>')) return tag.end;
  const name = /^<([^\s/>]+)/.exec(tag.text)?.[1] ?? '';
  // A name grown huge by an earlier mutation would make too large a pattern: treat it as empty.
  if (!name || name.length > 200) return tag.end;
  let depth = 1;
  const scan = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  scan.lastIndex = tag.end;
  for (let m = scan.exec(xml); m; m = scan.exec(xml)) {
    if (m[2]) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return tag.end;
}

// ---------------------------------------------------------------- XML generation

/** Random documents over a format's element names: nesting, stray text, odd attributes, entities. */
export function xmlDocument(names: string[], attributes: string[], rootNames = names): fc.Arbitrary<string> {
  const text = fc.oneof(
    { arbitrary: fc.string({ maxLength: 30 }).map(escapeText), weight: 4 },
    { arbitrary: fc.constantFrom(...NASTY.filter((t) => !t.includes('<'))), weight: 1 },
  );
  const attribute = fc
    .tuple(
      fc.constantFrom(...attributes),
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          '',
          '0',
          '-1',
          'NaN',
          '1e309',
          'true',
          'single',
          'multiple',
          '../x.png',
          '/etc/passwd',
          'http://x',
        ),
      ),
    )
    .map(([key, value]) => ({ key, text: ` ${key}="${escapeAttribute(value)}"` }));
  // Attribute names unique per element, or the document is merely ill-formed.
  const attributeList = fc
    .uniqueArray(attribute, { maxLength: 3, selector: (a) => a.key })
    .map((list) => list.map((a) => a.text).join(''));
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(fc.constantFrom(...names), attributeList, fc.array(tie('node'), { maxLength: 5 }))
        .map(([name, attrs, children]) => `<${name}${attrs}>${children.join('')}</${name}>`),
    ),
  }));
  return fc
    .tuple(fc.constantFrom(...rootNames), attributeList, fc.array(node, { maxLength: 8 }), fc.boolean())
    .map(
      ([root, attrs, children, declaration]) =>
        `${declaration ? '<?xml version="1.0" encoding="UTF-8"?>' : ''}<${root}${attrs}>${children.join('')}</${root}>`,
    );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
