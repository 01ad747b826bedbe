import { AbstractTokenizer, EndOfStreamError, type IReadChunkOptions } from 'strtok3';
import type { RandomAccessSource } from './source.js';

/**
 * A strtok3 tokenizer over a RandomAccessSource, so file-type and music-metadata can seek
 * (e.g. to an MP4 `moov` box at the end of a 2 GB video) instead of reading everything.
 */
export class RangeTokenizer extends AbstractTokenizer {
  readonly fileInfo: { size: number; mimeType?: string };

  constructor(
    private readonly source: RandomAccessSource,
    mimeType?: string,
  ) {
    super();
    this.fileInfo = mimeType ? { size: source.size, mimeType } : { size: source.size };
  }

  async readBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const normalised = this.normalizeOptions(target, options);
    const bytesRead = await this.peekBuffer(target, normalised);
    this.position = normalised.position + bytesRead;
    return bytesRead;
  }

  async peekBuffer(target: Uint8Array, options?: IReadChunkOptions): Promise<number> {
    const { position, length, mayBeLess } = this.normalizeOptions(target, options);
    const wanted = Math.max(0, Math.min(this.source.size - position, length));
    if (!mayBeLess && wanted < length) throw new EndOfStreamError();
    let copied = 0;
    while (copied < wanted) {
      const part = await this.source.read(position + copied, wanted - copied);
      if (part.byteLength === 0) break;
      target.set(part, copied);
      copied += part.byteLength;
    }
    if (!mayBeLess && copied < length) throw new EndOfStreamError();
    return copied;
  }

  supportsRandomAccess(): boolean {
    return true;
  }

  setPosition(position: number): void {
    this.validateLength(position, 'position');
    this.position = position;
  }
}
