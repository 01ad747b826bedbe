import fc from 'fast-check';

/** Byte-level mutations of a valid file: flipped bits, odd bytes, insertions, deletions, repeats, truncation. */
export type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number };

/**
 * One to six mutations; `oddBytes` are the values written over a byte (those that matter to the
 * format: quotes and separators for CSV, high bits for zip), `longestRepeat` the longest run repeated.
 */
export function byteOpsOf(oddBytes: number[], longestRepeat: number): fc.Arbitrary<ByteOp[]> {
  const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(...oddBytes) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({
      op: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: longestRepeat }),
    }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  );
  return fc.array(byteOp, { minLength: 1, maxLength: 6 });
}

export function applyByteOps(seed: Uint8Array, ops: ByteOp[]): Buffer {
  let bytes = Buffer.from(seed);
  for (const op of ops) {
    // Negative positions (from other generators) count from the end, where a zip's directory sits.
    const at = bytes.length ? ((op.at % bytes.length) + bytes.length) % bytes.length : 0;
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
