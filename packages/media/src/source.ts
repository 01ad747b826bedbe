import { open } from 'node:fs/promises';

/**
 * Random access to bytes that live anywhere (a Buffer, a file, an object store read by ranges).
 * Every function of this package reads through it, so nothing needs the whole file in memory.
 */
export interface RandomAccessSource {
  readonly size: number;
  /** Up to `length` bytes from `position`; shorter only at the end of the source. */
  read(position: number, length: number): Promise<Uint8Array>;
}

export interface ClosableSource extends RandomAccessSource {
  close(): Promise<void>;
}

export type MediaInput = Uint8Array | RandomAccessSource;

export function bufferSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.byteLength,
    read: async (position, length) => bytes.subarray(position, Math.min(bytes.byteLength, position + length)),
  };
}

export async function openFileSource(path: string): Promise<ClosableSource> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(position, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

export function toSource(input: MediaInput): RandomAccessSource {
  return input instanceof Uint8Array ? bufferSource(input) : input;
}

/** The input as a source with its options filled in, or `null` when it is larger than `maxInputBytes`. */
export function sourceWithinCap<Options extends { maxInputBytes: number }>(
  input: MediaInput,
  defaults: Options,
  overrides: Partial<Options>,
): { source: RandomAccessSource; options: Options } | null {
  const options: Options = { ...defaults, ...overrides };
  const source = toSource(input);
  return source.size > options.maxInputBytes ? null : { source, options };
}

/** The whole source as one Buffer; callers check `size` against their cap first. */
export async function readAll(source: RandomAccessSource): Promise<Buffer> {
  return readRange(source, 0, source.size);
}

export async function readRange(
  source: RandomAccessSource,
  position: number,
  length: number,
): Promise<Buffer> {
  const end = Math.min(source.size, position + length);
  const parts: Uint8Array[] = [];
  let at = position;
  while (at < end) {
    const part = await source.read(at, end - at);
    if (part.byteLength === 0) break;
    parts.push(part);
    at += part.byteLength;
  }
  return Buffer.concat(parts);
}
