import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { type ImportResult, importResultSchema } from '@hoclieu/contracts';
import { MAX_MS } from '@hoclieu/db/testing/suite-size';
import { bufferSource, inspectZip, openZipEntry } from '@hoclieu/media';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Shared pieces of the importer fuzzers: mutations of valid fixtures (bytes, characters, XML
 * structure, zip entries), grammar-based generators, and the runner that checks every input ends
 * in a schema-valid result or a file-level error with a stable code, within the time budget.
 */

/** Fixed so a failure replays; override with FUZZ_SEED=n. fast-check prints it with the counterexample. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

// ---------------------------------------------------------------- byte and character mutations

export type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number };

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({
    op: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 0xff, 0x7f, 0x80, 0xc0),
  }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 256 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export const byteOps = fc.array(byteOp, { minLength: 1, maxLength: 6 });

export function applyByteOps(seed: Uint8Array, ops: ByteOp[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const op of ops) {
    // Negative positions count from the end (the zip central directory sits there).
    const at = bytes.length ? ((op.at % bytes.length) + bytes.length) % bytes.length : 0;
    if (op.op === 'flip' && bytes.length) bytes[at] = (bytes[at] ?? 0) ^ (1 << op.bit);
    else if (op.op === 'set' && bytes.length) bytes[at] = op.value;
    else if (op.op === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), op.bytes, bytes.subarray(at)]);
    else if (op.op === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + op.length)]);
    else if (op.op === 'duplicate') {
      const piece = bytes.subarray(at, at + op.length);
      bytes = Buffer.concat([bytes.subarray(0, at), piece, piece, bytes.subarray(at + op.length)]);
    } else if (op.op === 'truncate') bytes = bytes.subarray(0, at);
  }
  return bytes;
}

/** Characters and tokens that break parsers: controls, lone surrogates, BOMs, NUL, combining marks. */
const NASTY = [
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\u0301\u0303',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<!DOCTYPE x>',
  '%',
  '\\',
  'Tiếng Việt có dấu ỹ Ỵ đ',
];

export type TextOp =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'repeat'; at: number; length: number; times: number };

/** Text pieces to insert: the format's own tokens, nasty characters and random strings. */
export function textPiece(tokens: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...tokens), weight: 4 },
    { arbitrary: fc.constantFrom(...NASTY), weight: 2 },
    { arbitrary: fc.string({ maxLength: 20, unit: 'binary' }), weight: 1 },
    { arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }), weight: 1 },
  );
}

export function textOps(tokens: string[]): fc.Arbitrary<TextOp[]> {
  const piece = textPiece(tokens);
  const op: fc.Arbitrary<TextOp> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }), weight: 4 },
    {
      arbitrary: fc.record({
        op: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 80 }),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('duplicate' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 400 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 20 }),
        text: piece,
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 8 }),
        times: fc.integer({ min: 2, max: 20_000 }),
      }),
      weight: 1,
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 6 });
}

export function applyTextOps(seed: string, ops: TextOp[]): string {
  let text = seed;
  for (const op of ops) {
    if (op.op === 'swapLines') {
      const lines = text.split('\n');
      if (lines.length > 1) {
        const [a, b] = [op.a % lines.length, op.b % lines.length];
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      }
      text = lines.join('\n');
      continue;
    }
    const at = text.length ? op.at % (text.length + 1) : 0;
    if (op.op === 'insert') text = text.slice(0, at) + op.text + text.slice(at);
    else if (op.op === 'delete') text = text.slice(0, at) + text.slice(at + op.length);
    else if (op.op === 'duplicate') {
      const piece = text.slice(at, at + op.length);
      text = text.slice(0, at) + piece + piece + text.slice(at + op.length);
    } else if (op.op === 'replace') text = text.slice(0, at) + op.text + text.slice(at + op.length);
    else if (op.op === 'truncate') text = text.slice(0, at);
    else if (op.op === 'repeat') {
      const piece = text.slice(at, at + op.length);
      text = text.slice(0, at) + piece.repeat(op.times) + text.slice(at + op.length);
    }
  }
  return text;
}

// ---------------------------------------------------------------- XML structure mutations

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

// ---------------------------------------------------------------- zip packages

export type Entries = [name: string, data: Buffer][];

/** The entries of a valid zip fixture (to mutate and re-zip). */
export async function unzip(bytes: Uint8Array): Promise<Entries> {
  const inspection = await inspectZip(bytes);
  const entries: Entries = [];
  for (const { path } of inspection.entries) {
    const entry = await openZipEntry(bufferSource(bytes), path, 100 * 1024 ** 2);
    if (!entry) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
    entries.push([path, Buffer.concat(chunks)]);
  }
  return entries;
}

/**
 * A zip written by hand (stored or deflated), so names that zip libraries refuse to write
 * (`../x`, `/abs`, duplicates) and lying sizes can be produced.
 */
export function rawZip(
  entries: { name: string; data: Buffer; compress?: boolean; declaredSize?: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.compress ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.compress ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.compress ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export type ZipOp =
  | { op: 'remove'; entry: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'rename'; entry: number; name: string }
  | { op: 'duplicate'; entry: number }
  | { op: 'xml'; entry: number; ops: XmlOp[] }
  | { op: 'bytes'; entry: number; ops: ByteOp[] }
  | { op: 'add'; name: string; data: Uint8Array };

/** Hostile entry names next to the package's own (so a mutation can point one part at another). */
const ODD_NAMES = [
  '../../etc/x',
  '/etc/passwd',
  'word/../../x.xml',
  'C:\\x.xml',
  'a\u0000b',
  '',
  'word/',
  'word/media/../../../y',
];

export function zipOps(partNames: string[], elementNames: string[]): fc.Arbitrary<ZipOp[]> {
  const name = fc.constantFrom(...partNames, ...ODD_NAMES);
  const op: fc.Arbitrary<ZipOp> = fc.oneof(
    {
      arbitrary: fc.record({ op: fc.constant('xml' as const), entry: fc.nat(), ops: xmlOps(elementNames) }),
      weight: 10,
    },
    { arbitrary: fc.record({ op: fc.constant('bytes' as const), entry: fc.nat(), ops: byteOps }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('remove' as const), entry: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('rename' as const), entry: fc.nat(), name }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('duplicate' as const), entry: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({ op: fc.constant('add' as const), name, data: fc.uint8Array({ maxLength: 64 }) }),
      weight: 1,
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 4 });
}

export function applyZipOps(seed: Entries, ops: ZipOp[]): Entries {
  const entries: Entries = seed.map(([name, data]) => [name, data]);
  for (const op of ops) {
    if (op.op === 'add') {
      entries.push([op.name, Buffer.from(op.data)]);
      continue;
    }
    if (!entries.length) continue;
    const at = (n: number) => n % entries.length;
    const entry = entries[at('entry' in op ? op.entry : op.a)] as Entries[number];
    if (op.op === 'remove') entries.splice(at(op.entry), 1);
    else if (op.op === 'swap') {
      const other = entries[at(op.b)] as Entries[number];
      [entry[1], other[1]] = [other[1], entry[1]];
    } else if (op.op === 'rename') entry[0] = op.name;
    else if (op.op === 'duplicate') entries.push([entry[0], entry[1]]);
    else if (op.op === 'xml') entry[1] = Buffer.from(applyXmlOps(entry[1].toString('utf8'), op.ops), 'utf8');
    else if (op.op === 'bytes') entry[1] = applyByteOps(entry[1], op.ops);
  }
  return entries;
}

/** The zip of the mutated entries, some stored and some deflated, then optionally broken as bytes. */
export function zipMutation(
  seed: Entries,
  partNames: string[],
  elementNames: string[],
): fc.Arbitrary<Buffer> {
  return fc
    .tuple(
      zipOps(partNames, elementNames),
      fc.boolean(),
      // One zip in five is then broken as bytes (mostly its central directory); the rest stay readable.
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.oneof(byteOps, centralDirectoryOps), weight: 1 },
      ),
    )
    .map(([ops, compress, broken]) => {
      const entries = applyZipOps(seed, ops).map(([name, data]) => ({ name, data, compress }));
      const bytes = rawZip(entries);
      return broken ? applyByteOps(bytes, broken) : bytes;
    });
}

/** Byte changes aimed at the end of the file, where the central directory and its end record sit. */
const centralDirectoryOps: fc.Arbitrary<ByteOp[]> = fc
  .array(
    fc.record({ op: fc.constant('set' as const), at: fc.integer({ min: 1, max: 400 }), value: fc.nat(255) }),
    { minLength: 1, maxLength: 8 },
  )
  .map((ops) => ops.map((op) => ({ ...op, at: -op.at })));

// ---------------------------------------------------------------- the runner

export interface FuzzInput {
  bytes: Uint8Array;
  fileName: string;
}

export interface FuzzStats {
  name: string;
  inputs: number;
  /** Parsed to at least one question (items may still carry problems). */
  accepted: number;
  /** No question: counted by the first file-level error code. */
  rejected: Record<string, number>;
  maxMs: number;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Runs `parse` on every generated input: the result must pass the contracts' schema, every problem
 * must have a stable code and a Vietnamese message, a file without questions must say why, and no
 * input may take `MAX_MS` or more. Anything thrown fails the property (the importers never throw).
 */
export async function fuzzImporter(
  name: string,
  input: fc.Arbitrary<FuzzInput>,
  parse: (input: FuzzInput) => Promise<ImportResult>,
  numRuns: number,
): Promise<FuzzStats> {
  const stats: FuzzStats = { name, inputs: 0, accepted: 0, rejected: {}, maxMs: 0 };
  const started = Date.now();
  const run = await fc.check(
    fc.asyncProperty(input, async (generated) => {
      const t0 = performance.now();
      const result = await parse(generated);
      const ms = performance.now() - t0;
      checkResult(result);
      expect(ms, `${name}: one input took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS);
      stats.inputs += 1;
      stats.maxMs = Math.max(stats.maxMs, ms);
      if (result.questions.length) stats.accepted += 1;
      else {
        const code = result.problems.find((p) => p.severity === 'error')?.code ?? '?';
        stats.rejected[code] = (stats.rejected[code] ?? 0) + 1;
      }
    }),
    { numRuns, seed: FUZZ_SEED, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
  );
  if (run.failed) throw new Error(failureReport(name, run));
  const rejected = Object.entries(stats.rejected)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  console.info(
    `[fuzz] ${name}: ${stats.inputs} inputs, ${stats.accepted} accepted, rejected: ${rejected || 'none'}; max ${Math.round(stats.maxMs)} ms per input; ${((Date.now() - started) / 1000).toFixed(1)} s in all (seed ${FUZZ_SEED})`,
  );
  return stats;
}

/**
 * A short account of a failure (fast-check's own prints the whole input, megabytes for a zip): the
 * seed and path to replay it, the cause, and the input's start; the input itself is saved under
 * test-results/ for a regression test.
 */
function failureReport(name: string, run: fc.RunDetails<[FuzzInput]>): string {
  const [input] = run.counterexample ?? [];
  const bytes = Buffer.from(input?.bytes ?? []);
  const file = join('test-results', `fuzz-failure-${name.replace(/\W+/g, '-')}.bin`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(file, bytes);
  const cause = run.errorInstance instanceof Error ? run.errorInstance.stack : String(run.errorInstance);
  return [
    `${name}: property failed after ${run.numRuns} inputs (seed ${run.seed}, path "${run.counterexamplePath}"; replay with FUZZ_SEED=${run.seed})`,
    `input ${input?.fileName}: ${bytes.length} bytes saved to ${file}; starts ${JSON.stringify(bytes.subarray(0, 120).toString('latin1'))}`,
    `cause: ${cause?.split('\n').slice(0, 8).join('\n')}`,
  ].join('\n');
}

/** What every importer result must satisfy, whatever the input. */
export function checkResult(result: ImportResult): void {
  importResultSchema.parse(result);
  const problems = [...result.problems, ...result.questions.flatMap(allProblems)];
  for (const problem of problems) {
    expect(problem.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(problem.message, problem.code).toMatch(VIETNAMESE);
  }
  if (!result.questions.length) {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  }
}

function allProblems(question: ImportResult['questions'][number]): ImportResult['problems'] {
  return [...question.problems, ...question.children.flatMap(allProblems)];
}

// ---------------------------------------------------------------- text formats

/**
 * Inputs for a text importer: character mutations of the seeds, byte mutations (invalid UTF-8),
 * token soups from the format's grammar, long repetitions of one token (the shape that makes a
 * backtracking regular expression quadratic or worse) and raw random bytes.
 */
export function textInputs(seeds: string[], tokens: string[]): fc.Arbitrary<Buffer> {
  const seed = fc.constantFrom(...seeds);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  return fc.oneof(
    { arbitrary: fc.tuple(seed, textOps(tokens)).map(([s, ops]) => utf8(applyTextOps(s, ops))), weight: 5 },
    { arbitrary: fc.tuple(seed, byteOps).map(([s, ops]) => applyByteOps(utf8(s), ops)), weight: 2 },
    {
      arbitrary: fc
        .array(textPiece([...tokens, '\n', '\n\n', ' ']), { maxLength: 300 })
        .map((p) => utf8(p.join(''))),
      weight: 2,
    },
    { arbitrary: repetition(tokens).map(utf8), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 4_000 }).map((b) => Buffer.from(b)), weight: 1 },
  );
}

/** One token (or a pair) repeated thousands of times, optionally inside some text. */
export function repetition(tokens: string[], maxTimes = 60_000): fc.Arbitrary<string> {
  const token = fc.constantFrom(...tokens, ...NASTY, ' ', '\n', '\t', '.', '{', '}', '<', '>');
  return fc
    .tuple(
      token,
      token,
      fc.integer({ min: 1_000, max: maxTimes }),
      fc.string({ maxLength: 10 }),
      fc.boolean(),
    )
    .map(([a, b, times, around, pair]) => `${around}${(pair ? a + b : a).repeat(times)}${around}`);
}

/** Inputs for an XML importer: structural and character mutations of the seeds, generated documents, broken bytes. */
export function xmlInputs(
  seeds: string[],
  names: string[],
  attributes: string[],
  roots: string[],
): fc.Arbitrary<Buffer> {
  const seed = fc.constantFrom(...seeds);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  return fc.oneof(
    {
      arbitrary: fc.tuple(seed, xmlOps(names, attributes)).map(([s, ops]) => utf8(applyXmlOps(s, ops))),
      weight: 5,
    },
    { arbitrary: xmlDocument(names, attributes, roots).map(utf8), weight: 3 },
    { arbitrary: fc.tuple(seed, byteOps).map(([s, ops]) => applyByteOps(utf8(s), ops)), weight: 1 },
    {
      arbitrary: repetition(
        names.map((n) => `<${n}>`),
        20_000,
      ).map((t) => utf8(`<${roots[0]}>${t}`)),
      weight: 1,
    },
  );
}
