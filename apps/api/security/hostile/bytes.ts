import fc from 'fast-check';

/** Byte-level mutations of a valid file: flipped bits, odd bytes, insertions, deletions, repeats, truncation. */
export type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number };

export const byteOps: fc.Arbitrary<ByteOp[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({
      op: fc.constant('set' as const),
      at: fc.nat(),
      value: fc.constantFrom(0, 0x22, 0x2c, 0x3b, 0x0a, 0xff, 0xc3),
    }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({
      op: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 512 }),
    }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 6 },
);

export function applyByteOps(seed: Uint8Array, ops: ByteOp[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const op of ops) {
    const at = bytes.length ? op.at % bytes.length : 0;
    if (op.op === 'flip' && bytes.length) bytes[at] = (bytes[at] ?? 0) ^ (1 << op.bit);
    else if (op.op === 'set' && bytes.length) bytes[at] = op.value;
    else if (op.op === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), op.bytes, bytes.subarray(at)]);
    else if (op.op === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + op.length)]);
    else if (op.op === 'duplicate') {
      const piece = bytes.subarray(at, at + op.length);
      bytes = Buffer.concat([bytes.subarray(0, at), piece, piece, bytes.subarray(at + op.length)]);
    } else if (op.op === 'truncate') bytes = bytes.subarray(0, at);
  }
  return bytes;
}
