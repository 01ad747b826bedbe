import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zips written by hand: zip libraries refuse to write traversal names (`../x`, `/abs`), duplicates
 * or lying sizes, and a real 1 GB entry would take seconds to compress.
 */
export interface RawEntry {
  name: string;
  data?: Buffer;
  /** Deflate `data` (method 8) instead of storing it. */
  compress?: boolean;
  /** Already deflated content (method 8); `size` and `crc` then describe the inflated bytes. */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** Declared uncompressed size, when it should lie. */
  declaredSize?: number;
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? Buffer.alloc(0);
    const deflated = entry.deflated ?? (entry.compress ? deflatedOf(data) : undefined);
    const body = deflated?.bytes ?? data;
    const method = deflated ? 8 : 0;
    const crc = deflated?.crc ?? crc32(data);
    const size = entry.declaredSize ?? deflated?.size ?? data.length;
    // From the flags (UTF-8 names) to the extra field's length, the local and central headers agree.
    const shared = [
      u16(0x0800),
      u16(method),
      u32(0),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), u16(20), ...shared]);
    // Then the central one adds the comment's length, disk, attributes and the local header's offset.
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      u16(20),
      ...shared,
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
    ]);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const count = u16(Math.min(entries.length, 0xffff));
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    count,
    count,
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** A stored zip of text files, e.g. a small HTML5 package. */
export function textZip(files: Record<string, string>): Buffer {
  return rawZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}

/** `data` deflated, with the size and CRC of its inflated bytes. */
export function deflatedOf(data: Buffer): NonNullable<RawEntry['deflated']> {
  return { bytes: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** `value` as a little-endian field of `bytes` bytes, as every number in a zip is written. */
function field(bytes: 2 | 4, value: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  buffer.writeUIntLE(value, 0, bytes);
  return buffer;
}
const u16 = (value: number) => field(2, value);
const u32 = (value: number) => field(4, value);
