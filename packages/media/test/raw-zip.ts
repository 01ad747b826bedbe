import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A hand-rolled zip writer for archives no well-behaved tool would write: traversal names,
 * symlinks, the encryption flag, sizes that lie, entries sharing their data.
 */
export interface RawEntry {
  name: string;
  data?: Buffer;
  deflate?: boolean;
  /** Unix mode written into the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  encrypted?: boolean;
  /** Overrides the uncompressed size written in the central directory. */
  declaredSize?: number;
  /** Points this entry at the local header of an earlier entry (the overlapping-files bomb). */
  sameDataAs?: number;
}

export function buildRawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? Buffer.alloc(0);
    const body = entry.deflate ? deflateRawSync(data) : data;
    const method = entry.deflate ? 8 : 0;
    const flags = 0x800 | (entry.encrypted ? 1 : 0);
    const size = entry.declaredSize ?? data.byteLength;
    const header = fixedFields(flags, method, crc32(data), body.byteLength, size);
    const shared = entry.sameDataAs;
    if (shared === undefined) {
      offsets.push(offset);
      const local = Buffer.concat([u32(0x04034b50), u16(20), header, u16(name.length), u16(0), name, body]);
      locals.push(local);
      offset += local.byteLength;
    } else {
      offsets.push(offsets[shared] ?? 0);
    }
    const external = entry.unixMode === undefined ? 0 : (entry.unixMode << 16) >>> 0;
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(entry.unixMode === undefined ? 20 : 0x0314),
        u16(20),
        header,
        u16(name.length),
        u16(0),
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
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(directory.byteLength),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** flags, method, time, date, crc, compressed size, uncompressed size. */
function fixedFields(flags: number, method: number, crc: number, compressed: number, size: number): Buffer {
  return Buffer.concat([u16(flags), u16(method), u16(0), u16(0x5821), u32(crc), u32(compressed), u32(size)]);
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
}
