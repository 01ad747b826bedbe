import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readHead } from '../src/stream-head.js';
import { readAll } from './streams.js';

const chunks = (...sizes: number[]) => Readable.from(sizes.map((size, index) => Buffer.alloc(size, index)));

describe('readHead', () => {
  it('returns a stream that fits within the limit whole', async () => {
    const head = await readHead(chunks(3, 3), 6);
    expect(head).toEqual({ complete: true, bytes: Buffer.from([0, 0, 0, 1, 1, 1]) });
  });

  it('replays what it read, then the rest, for a longer stream', async () => {
    const head = await readHead(chunks(3, 3, 3), 5);
    expect(head.complete).toBe(false);
    if (head.complete) return;
    expect(await readAll(head.stream)).toEqual(Buffer.from([0, 0, 0, 1, 1, 1, 2, 2, 2]));
  });
});
