/**
 * MTEF, the binary equation format of MathType (version 5) and Equation Editor 3.0 (version 3),
 * read into a small tree. Only the structure is kept: characters, templates, piles and matrices;
 * sizes, fonts, colours, rulers and nudges are read past. Bad bytes give null, never an exception;
 * the work is bounded by record count and nesting depth.
 */

import { Corrupt, Reader } from './mtef-bytes.js';
import { definition } from './mtef-definitions.js';
import type { MtChar, MtEquation, MtNode } from './mtef-tree.js';
import { v3Template } from './mtef-v3.js';

export type { MtEquation } from './mtef-tree.js';

const MAX_RECORDS = 20_000;
const MAX_DEPTH = 48;

const END = Symbol('end');
type Parsed = MtNode | { kind: 'embell'; type: number } | null | typeof END;

/** The MTEF bytes of an equation (after the OLE stream's 28-byte header) as a tree, or null. */
export function readMtef(bytes: Uint8Array): MtEquation | null {
  const version = bytes[0];
  if (version !== 3 && version !== 4 && version !== 5) return null;
  try {
    const header = new Reader(bytes, version, 5);
    if (version === 5) {
      header.cstring(); // application key, e.g. "DSMT4"
      header.u8(); // equation options
    }
    const reader = new Reader(bytes, version, header.at);
    // The equation's records up to the final END; a stream cut short is corrupt.
    return { version, items: nodes(list(reader, 0)) };
  } catch {
    return null;
  }
}

function list(reader: Reader, depth: number): Parsed[] {
  if (depth > MAX_DEPTH) throw new Corrupt();
  const out: Parsed[] = [];
  for (;;) {
    const parsed = record(reader, depth);
    if (parsed === END) return out;
    if (parsed) out.push(parsed);
  }
}

const nodes = (parsed: Parsed[]): MtNode[] =>
  parsed.filter((p): p is MtNode => p !== null && p !== END && p.kind !== 'embell');

function nudge(reader: Reader, options: number): void {
  if (!(options & 0x08)) return;
  const dx = reader.u8();
  const dy = reader.u8();
  if (dx === 128 && dy === 128) reader.skip(4);
}

function ruler(reader: Reader): void {
  reader.u8(); // the RULER tag
  reader.skip(reader.u8() * 3);
}

/** Record types with an option byte after the tag in MTEF 5. */
const HAS_OPTIONS = new Set([1, 2, 3, 4, 5, 6, 16, 18]);

function record(reader: Reader, depth: number): Parsed {
  reader.records += 1;
  if (reader.records > MAX_RECORDS) throw new Corrupt();
  const byte = reader.u8();
  const v5 = reader.version === 5;
  const tag = v5 ? byte : byte & 0x0f;
  if (v5 && tag >= 100) {
    reader.skip(reader.uint());
    return null;
  }
  const options = v5 ? (HAS_OPTIONS.has(tag) ? reader.u8() : 0) : byte >> 4;
  switch (tag) {
    case 0:
      return END;
    case 1: {
      nudge(reader, options);
      if (options & 0x04) reader.u16();
      if (options & 0x02) ruler(reader);
      if (options & 0x01) return { kind: 'line', items: [] };
      return { kind: 'line', items: nodes(list(reader, depth + 1)) };
    }
    case 2:
      return character(reader, options, depth);
    case 3: {
      nudge(reader, options);
      const selector = reader.u8();
      let variation = reader.u8();
      if (v5 && variation & 0x80) variation = (variation & 0x7f) | (reader.u8() << 8);
      reader.u8(); // template-specific options
      const slots = nodes(list(reader, depth + 1));
      return { kind: 'template', ...(v5 ? { selector, variation } : v3Template(selector, variation)), slots };
    }
    case 4: {
      nudge(reader, options);
      const halign = reader.u8();
      reader.u8(); // vertical alignment
      if (options & 0x02) ruler(reader);
      return { kind: 'pile', halign, lines: nodes(list(reader, depth + 1)) };
    }
    case 5: {
      nudge(reader, options);
      reader.skip(3); // vertical alignment, column and row justification
      const rows = reader.u8();
      const cols = reader.u8();
      reader.skip(Math.ceil(((rows + 1) * 2) / 8) + Math.ceil(((cols + 1) * 2) / 8));
      return { kind: 'matrix', rows, cols, cells: nodes(list(reader, depth + 1)) };
    }
    case 6:
      nudge(reader, options);
      return { kind: 'embell', type: reader.u8() };
    case 7:
      reader.skip(reader.u8() * 3);
      return null;
    case 8:
      if (v5) {
        reader.uint(); // font definition index
        reader.u8(); // character style
      } else {
        reader.skip(2); // typeface and style of an MTEF 3 FONT record
        reader.cstring();
      }
      return null;
    case 9: {
      const size = reader.u8();
      if (size === 101) reader.u16();
      else if (size === 100) reader.skip(3);
      else reader.u8();
      return null;
    }
    case 10:
    case 11:
    case 12:
    case 13:
    case 14:
      return null;
    default:
      if (!v5) throw new Corrupt();
      return definition(reader, tag, options);
  }
}

function character(reader: Reader, options: number, depth: number): MtChar {
  const v5 = reader.version === 5;
  nudge(reader, options);
  const typeface = reader.u8() - 128;
  let code = -1;
  if (!v5 || !(options & 0x20)) code = reader.u16();
  if (v5 && options & 0x04) reader.u8();
  if (v5 && options & 0x10) reader.u16();
  const embellished = v5 ? options & 0x01 : options & 0x02;
  const embellishments = embellished
    ? list(reader, depth + 1).flatMap((p) => (p && p !== END && p.kind === 'embell' ? [p.type] : []))
    : [];
  const functionStart = Boolean(v5 ? options & 0x02 : options & 0x01);
  return { kind: 'char', typeface, code, embellishments, ...(functionStart && { functionStart }) };
}
