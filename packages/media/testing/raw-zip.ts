import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zips written by hand, for archives no well-behaved tool would write: traversal names (`../x`,
 * `/abs`), duplicates, symlinks, the encryption flag, sizes that lie, entries sharing their data —
 * and a bomb without the seconds a real 1 GB entry would take to compress.
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
  /** Unix mode written into the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  encrypted?: boolean;
  /** Points this entry at the local header of an earlier entry (the overlapping-files bomb). */
  sameDataAs?: number;
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? Buffer.alloc(0);
    const deflated = entry.deflated ?? (entry.compress ? deflatedOf(data) : undefined);
    const body = deflated?.bytes ?? data;
    const size = entry.declaredSize ?? deflated?.size ?? data.length;
    // From the flags (UTF-8 names) to the sizes, the local and central headers agree.
    const header = Buffer.concat([
      u16(0x0800 | (entry.encrypted ? 1 : 0)),
      u16(deflated ? 8 : 0),
      u16(0),
      u16(0x5821),
      u32(deflated?.crc ?? crc32(data)),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(0),
    ]);
    if (entry.sameDataAs === undefined) {
      offsets.push(offset);
      const local = Buffer.concat([u32(0x04034b50), u16(20), header, name, body]);
      locals.push(local);
      offset += local.length;
    } else {
      offsets.push(offsets[entry.sameDataAs] ?? 0);
    }
    // The central header adds who made it, the comment's length, disk, attributes and the local offset.
    const madeBy = entry.unixMode === undefined ? 20 : 0x0314;
    const external = entry.unixMode === undefined ? 0 : (entry.unixMode << 16) >>> 0;
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(madeBy),
        u16(20),
        header,
        u16(0),
        u16(0),
        u16(0),
        u32(external),
        u32(offsets.at(-1) ?? 0),
        name,
      ]),
    );
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
  buffer.writeUIntLE(value >>> 0, 0, bytes);
  return buffer;
}
const u16 = (value: number) => field(2, value);
const u32 = (value: number) => field(4, value);
