import { type RandomAccessSource, readRange } from './source.js';

/** A `moov` box larger than this is not read (hours of video stay well below it). */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 1024;

export interface Mp4Movie {
  durationSeconds?: number;
  width?: number;
  height?: number;
}

/**
 * What the `moov` box of an MP4/MOV says: the movie duration (`mvhd`; music-metadata only
 * reports durations of audio tracks, so a silent screen recording would have none) and the
 * picture size of the first video track (`tkhd`, display size). Top-level boxes are skipped by
 * their headers, so a `moov` after the media data costs a few reads, not the whole file.
 */
export async function readMp4Movie(source: RandomAccessSource): Promise<Mp4Movie | undefined> {
  const brand = await readRange(source, 4, 4);
  if (brand.toString('latin1') !== 'ftyp') return undefined;
  const moov = await findTopLevelBox(source, 'moov');
  if (!moov) return undefined;
  const [mvhd] = children(moov, 'mvhd');
  return { ...(mvhd ? movieDuration(mvhd) : {}), ...videoSize(moov) };
}

function movieDuration(mvhd: Buffer): Pick<Mp4Movie, 'durationSeconds'> {
  const version = mvhd[0];
  if (version === 1 && mvhd.byteLength >= 32) {
    const timescale = mvhd.readUInt32BE(20);
    return timescale ? { durationSeconds: Number(mvhd.readBigUInt64BE(24)) / timescale } : {};
  }
  if (version !== 0 || mvhd.byteLength < 20) return {};
  const timescale = mvhd.readUInt32BE(12);
  return timescale ? { durationSeconds: mvhd.readUInt32BE(16) / timescale } : {};
}

function videoSize(moov: Buffer): Pick<Mp4Movie, 'width' | 'height'> {
  for (const trak of children(moov, 'trak')) {
    const [mdia] = children(trak, 'mdia');
    const [hdlr] = mdia ? children(mdia, 'hdlr') : [];
    if (hdlr?.toString('latin1', 8, 12) !== 'vide') continue;
    const [tkhd] = children(trak, 'tkhd');
    if (!tkhd || tkhd.byteLength < 8) continue;
    const width = Math.round(tkhd.readUInt32BE(tkhd.byteLength - 8) / 65536);
    const height = Math.round(tkhd.readUInt32BE(tkhd.byteLength - 4) / 65536);
    if (width > 0 && height > 0) return { width, height };
  }
  return {};
}

async function findTopLevelBox(source: RandomAccessSource, type: string): Promise<Buffer | undefined> {
  let at = 0;
  for (let count = 0; at + 8 <= source.size && count < MAX_TOP_LEVEL_BOXES; count += 1) {
    const header = await readRange(source, at, 16);
    let size = header.readUInt32BE(0);
    let headerSize = 8;
    if (size === 1 && header.byteLength >= 16) {
      size = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) {
      size = source.size - at;
    }
    if (size < headerSize) return undefined;
    if (header.toString('latin1', 4, 8) === type) {
      if (size > MAX_MOOV_BYTES) return undefined;
      return readRange(source, at + headerSize, size - headerSize);
    }
    at += size;
  }
  return undefined;
}

/** Payloads of the direct children of a box payload with the given type. */
function children(payload: Buffer, type: string): Buffer[] {
  const found: Buffer[] = [];
  for (let at = 0; at + 8 <= payload.byteLength; ) {
    const size = payload.readUInt32BE(at);
    if (size < 8 || at + size > payload.byteLength) break;
    if (payload.toString('latin1', at + 4, at + 8) === type) found.push(payload.subarray(at + 8, at + size));
    at += size;
  }
  return found;
}
