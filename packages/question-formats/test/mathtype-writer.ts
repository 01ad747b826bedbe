import CFB from 'cfb';

/**
 * Test-side writers for MathType objects: MTEF (version 5 as MathType writes it, version 3 as
 * Equation Editor 3.0 does), the "Equation Native" stream, the OLE compound file and a preview WMF.
 */
export type MtefNode =
  | { k: 'line'; items: MtefNode[] | null }
  | { k: 'char'; code: number; typeface: number; embell: number[]; start?: boolean }
  | { k: 'tmpl'; selector: number; variation: number; slots: MtefNode[] }
  | { k: 'pile'; halign: number; lines: MtefNode[] }
  | { k: 'matrix'; rows: number; cols: number; cells: MtefNode[] };

/** MTEF template selectors (MathType's TMPL record) the tests build with. */
export const ROOT = 10;
export const FRACTION = 11;
export const SUB = 27;
export const SUP = 28;
export const SUBSUP = 29;

export const FN = {
  text: 1,
  function: 2,
  variable: 3,
  lcGreek: 4,
  ucGreek: 5,
  symbol: 6,
  number: 8,
  expand: 22,
};

/** Characters of a string; digits in the number style, letters as variables, others as symbols. */
export function chars(text: string, typeface?: number): MtefNode[] {
  return [...text].map((c, i) => ({
    ...(typeface === FN.function && i === 0 && { start: true }),
    k: 'char',
    code: c.codePointAt(0)!,
    typeface: typeface ?? (/\d/.test(c) ? FN.number : /[a-z]/i.test(c) ? FN.variable : FN.symbol),
    embell: [],
  }));
}
export const line = (...items: (MtefNode | MtefNode[])[]): MtefNode => ({ k: 'line', items: items.flat() });
export const nullLine: MtefNode = { k: 'line', items: null };
export const text = (value: string) => line(chars(value));
export const ch = (code: number, typeface: number, embell: number[] = []): MtefNode => ({
  k: 'char',
  code,
  typeface,
  embell,
});
export const tmpl = (selector: number, variation: number, ...slots: MtefNode[]): MtefNode => ({
  k: 'tmpl',
  selector,
  variation,
  slots,
});
export const pile = (...lines: MtefNode[]): MtefNode => ({ k: 'pile', halign: 1, lines });
/** A pile aligned at the relations (MathType's "align at ="). */
export const alignedPile = (...lines: MtefNode[]): MtefNode => ({ k: 'pile', halign: 4, lines });
export const matrix = (rows: number, cols: number, ...cells: MtefNode[]): MtefNode => ({
  k: 'matrix',
  rows,
  cols,
  cells,
});
/** The fence glyphs MathType writes after a fence's slot, in its "expanding" style. */
export const fenceChars = (left: string, right: string) => [
  ch(left.codePointAt(0)!, FN.expand),
  ch(right.codePointAt(0)!, FN.expand),
];

const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const cstring = (value: string) => [...Buffer.from(value, 'latin1'), 0];

/** Equation Editor 3.0's own template numbers for the MathType 5 ones the tests use. */
function v3Selector(selector: number, variation: number): [number, number] {
  const sides = variation & 3 ? ([0, 1, 2, 0][variation & 3] ?? 0) : 0;
  if (selector <= 5) return [selector, sides];
  const table: Record<number, [number, number]> = {
    9: [8, 0],
    10: [13, variation],
    11: variation & 2 ? [41, 0] : [14, variation & 1],
    12: [16, 0],
    13: [17, 0],
    15: [20 + Math.max(1, variation & 3), 2],
    23: [39, 1],
    24: [variation & 1 ? 27 : 28, 0],
    26: [40, 0],
    27: [15, 1],
    28: [15, 0],
    29: [15, 2],
    31: [47, variation & 1 ? (variation & 2 ? 2 : 0) : 1],
  };
  if (selector >= 16 && selector <= 20) return [29 + (selector - 16) * 2, 1];
  const found = table[selector];
  if (!found) throw new Error(`no Equation Editor 3.0 template for selector ${selector}`);
  return found;
}

type Char = Extract<MtefNode, { k: 'char' }>;
type Tmpl = Extract<MtefNode, { k: 'tmpl' }>;
type Pile = Extract<MtefNode, { k: 'pile' }>;
type Matrix = Extract<MtefNode, { k: 'matrix' }>;

/** How one MTEF version opens each record; the records' contents and order are the same in both. */
interface MtefRecords {
  nullLine: number[];
  line: number[];
  char(node: Char): number[];
  embell(type: number): number[];
  tmpl(node: Tmpl): number[];
  pile(node: Pile): number[];
  matrix(node: Matrix): number[];
}

const MTEF5: MtefRecords = {
  nullLine: [1, 0x01],
  line: [1, 0],
  char: (node) => [
    2,
    (node.embell.length ? 0x01 : 0) | (node.start ? 0x02 : 0),
    node.typeface + 128,
    ...u16(node.code),
  ],
  embell: (type) => [6, 0, type],
  tmpl: (node) => [
    3,
    0,
    node.selector,
    ...(node.variation > 0x7f ? [(node.variation & 0x7f) | 0x80, node.variation >> 8] : [node.variation]),
    0,
  ],
  pile: (node) => [4, 0, node.halign, 1],
  matrix: (node) => [5, 0, 1, 1, 1, node.rows, node.cols],
};

const MTEF3: MtefRecords = {
  nullLine: [0x11],
  line: [0x01],
  char: (node) => [
    (node.embell.length ? 0x22 : 0x02) | (node.start ? 0x10 : 0),
    node.typeface + 128,
    ...u16(node.code),
  ],
  embell: (type) => [0x06, type],
  tmpl: (node) => [0x03, ...v3Selector(node.selector, node.variation), 0],
  pile: (node) => [0x04, node.halign, 1],
  matrix: (node) => [0x05, 1, 1, 1, node.rows, node.cols],
};

/** A matrix's row and column partition lines: two bits each, none drawn. */
const partitionMasks = (count: number) => new Array(Math.ceil(((count + 1) * 2) / 8)).fill(0);

function encodeNode(node: MtefNode, records: MtefRecords, out: number[]): void {
  /** A record's opening bytes, its children, then END. */
  const withChildren = (opening: number[], children: MtefNode[]) => {
    out.push(...opening);
    for (const child of children) encodeNode(child, records, out);
    out.push(0);
  };
  switch (node.k) {
    case 'line':
      if (node.items) withChildren(records.line, node.items);
      else out.push(...records.nullLine);
      return;
    case 'char':
      out.push(...records.char(node));
      if (node.embell.length) {
        for (const type of node.embell) out.push(...records.embell(type));
        out.push(0);
      }
      return;
    case 'tmpl':
      withChildren(records.tmpl(node), node.slots);
      return;
    case 'pile':
      withChildren(records.pile(node), node.lines);
      return;
    case 'matrix':
      withChildren(
        [...records.matrix(node), ...partitionMasks(node.rows), ...partitionMasks(node.cols)],
        node.cells,
      );
  }
}

/** An equation as MTEF bytes, with the definition records MathType writes before it. */
export function mtef(version: 3 | 5, root: MtefNode): Buffer {
  const out: number[] = [];
  if (version === 5) {
    out.push(5, 1, 0, 7, 0, ...cstring('DSMT7'), 0);
    out.push(19, ...cstring('WinAllBasicCodePages'));
    out.push(17, 1, ...cstring('Times New Roman'), 17, 2, ...cstring('Symbol'));
    out.push(18, 0, 2, 0x21, 0x2f, 0x05, 0xf0, 1, 0x28, 0xf0, 2, 1, 1, 0); // sizes, spaces, styles
    out.push(8, 1, 2, 8, 2, 0); // FONT_STYLE_DEF
    out.push(16, 0, ...u16(0), ...u16(0), ...u16(0)); // COLOR_DEF black
    out.push(15, 0); // COLOR
    out.push(9, 100, 0, ...u16(0)); // SIZE
    out.push(10); // FULL
    out.push(100, 3, 9, 9, 9); // a FUTURE record, skipped by its length
    encodeNode(root, MTEF5, out);
  } else {
    out.push(3, 1, 1, 3, 0);
    out.push(0x0a); // FULL
    out.push(0x08, 129, 0, ...cstring('Times New Roman'));
    out.push(0x09, 0, 0x80);
    encodeNode(root, MTEF3, out);
  }
  out.push(0);
  return Buffer.from(out);
}

/** The "Equation Native" stream: the 28-byte EQNOLEFILEHDR, then MTEF. */
export function equationNative(data: Buffer): Buffer {
  const header = Buffer.alloc(28);
  header.writeUInt16LE(28, 0);
  header.writeUInt32LE(0x00020000, 2);
  header.writeUInt16LE(0xc1c0, 6);
  header.writeUInt32LE(data.length, 8);
  return Buffer.concat([header, data]);
}

/** An OLE compound file holding the given streams (oleObjectN.bin). */
export function oleObject(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '\u0001CompObj', Buffer.from('Equation.DSMT4\0'));
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, name, data);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

export const equationObject = (version: 3 | 5, root: MtefNode): Buffer =>
  oleObject({ 'Equation Native': equationNative(mtef(version, root)) });
