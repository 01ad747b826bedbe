import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { type RandomAccessSource, readRange } from './source.js';

/** yauzl's reader interface over a RandomAccessSource: the zip is read by ranges, never whole. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: RandomAccessSource) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const source = this.source;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let at = start; at < end; ) {
        const part = await readRange(source, at, Math.min(256 * 1024, end - at));
        if (part.byteLength === 0) return;
        at += part.byteLength;
        yield part;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }
}

/**
 * Opens a zip for lazy, one-by-one entry reading. Names stay raw bytes (`decodeStrings: false`)
 * so unsafe names become reported problems instead of one error that hides every other entry.
 * Entry streams are checked against the declared sizes (`validateEntrySizes`).
 */
export function openZip(source: RandomAccessSource): Promise<yauzl.ZipFile> {
  return yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, {
    lazyEntries: true,
    decodeStrings: false,
    validateEntrySizes: true,
    autoClose: false,
  });
}

/** The next central directory entry, or undefined at the end. */
export function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The entry's name decoded (UTF-8 flag, Info-ZIP Unicode path, else CP437), backslashes kept. */
export function entryName(entry: yauzl.Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

/** Reads an entry's inflated bytes, refusing more than `maxBytes` whatever the header claims. */
export async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw new Error(`entry larger than ${maxBytes} bytes`);
  const stream = await zip.openReadStreamPromise(entry);
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).byteLength;
    if (length > maxBytes) {
      stream.destroy();
      throw new Error(`entry larger than ${maxBytes} bytes`);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}
