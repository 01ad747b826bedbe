import { Readable } from 'node:stream';

export type StreamHead = { complete: true; bytes: Buffer } | { complete: false; stream: Readable };

/**
 * Reads a stream until it ends or more than `limit` bytes have arrived. A short stream comes
 * back whole; a longer one comes back as a stream that replays what was read, then the rest.
 */
export async function readHead(source: Readable, limit: number): Promise<StreamHead> {
  const iterator: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let bytes = 0;
  while (bytes <= limit) {
    const next = await iterator.next();
    if (next.done) return { complete: true, bytes: Buffer.concat(head) };
    head.push(next.value);
    bytes += next.value.length;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* head.splice(0);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Stopped early by the consumer: release the source too.
      await iterator.return?.();
    }
  }
  return { complete: false, stream: Readable.from(replay(), { objectMode: false }) };
}
