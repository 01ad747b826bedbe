import type { RandomAccessSource } from './source.js';
import { readRange } from './source.js';

/**
 * Stream names of an OLE compound file (legacy .doc/.ppt/.xls, but also .msi installers).
 * The magic bytes are the same for all of them; the directory tells them apart.
 * Returns undefined when the directory cannot be read (truncated head, corrupt file).
 */
export interface CompoundFileDirectory {
  names: string[];
  /** The root entry's class id, lower-case hex in on-disk byte order. */
  rootClassId: string;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 512;
const MAX_DIFAT_SECTORS = 1024;

export function isCompoundFile(head: Uint8Array): boolean {
  return MAGIC.every((byte, index) => head[index] === byte);
}

export async function readCompoundFileDirectory(
  source: RandomAccessSource,
): Promise<CompoundFileDirectory | undefined> {
  try {
    const header = await readExactly(source, 0, 512);
    if (!isCompoundFile(header)) return undefined;
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) return undefined;
    const sectorSize = 1 << shift;
    const sectorAt = (id: number) => readExactly(source, (id + 1) * sectorSize, sectorSize);
    const fatSectorIds = await fatSectorList(header, sectorAt, sectorSize);
    const names: string[] = [];
    let rootClassId = '';
    let sector = header.readUInt32LE(0x30);
    for (let count = 0; sector !== END_OF_CHAIN && count < MAX_DIRECTORY_SECTORS; count += 1) {
      const bytes = await sectorAt(sector);
      for (let at = 0; at + 128 <= sectorSize; at += 128) {
        const entry = bytes.subarray(at, at + 128);
        const nameLength = entry.readUInt16LE(0x40);
        const type = entry[0x42];
        if (type === 5) rootClassId = entry.subarray(0x50, 0x60).toString('hex');
        if (nameLength >= 2 && nameLength <= 64 && type !== 0) {
          names.push(entry.subarray(0, nameLength - 2).toString('utf16le'));
        }
      }
      sector = await nextSector(sector, fatSectorIds, sectorAt, sectorSize);
    }
    return { names, rootClassId };
  } catch {
    return undefined;
  }
}

async function fatSectorList(
  header: Buffer,
  sectorAt: (id: number) => Promise<Buffer>,
  sectorSize: number,
): Promise<number[]> {
  const total = header.readUInt32LE(0x2c);
  const ids: number[] = [];
  for (let index = 0; index < 109 && ids.length < total; index += 1)
    ids.push(header.readUInt32LE(0x4c + index * 4));
  let difat = header.readUInt32LE(0x44);
  for (let count = 0; ids.length < total && difat !== END_OF_CHAIN && count < MAX_DIFAT_SECTORS; count += 1) {
    const bytes = await sectorAt(difat);
    const perSector = sectorSize / 4 - 1;
    for (let index = 0; index < perSector && ids.length < total; index += 1)
      ids.push(bytes.readUInt32LE(index * 4));
    difat = bytes.readUInt32LE(perSector * 4);
  }
  return ids;
}

async function nextSector(
  sector: number,
  fatSectorIds: number[],
  sectorAt: (id: number) => Promise<Buffer>,
  sectorSize: number,
): Promise<number> {
  const perSector = sectorSize / 4;
  const fatSector = fatSectorIds[Math.floor(sector / perSector)];
  if (fatSector === undefined) throw new Error('sector outside the allocation table');
  const bytes = await sectorAt(fatSector);
  return bytes.readUInt32LE((sector % perSector) * 4);
}

async function readExactly(source: RandomAccessSource, position: number, length: number): Promise<Buffer> {
  const bytes = await readRange(source, position, length);
  if (bytes.byteLength < length) throw new Error('unexpected end of compound file');
  return bytes;
}
