import type { ByteRange, RequestedRange } from './blob-store.js';
import { RangeNotSatisfiableError } from './errors.js';

/** Clamps a requested range to the blob, following HTTP semantics (an end past the blob is allowed). */
export function resolveByteRange(requested: RequestedRange | undefined, size: number): ByteRange | undefined {
  if (!requested) return undefined;
  const { start, end } = requested;
  const validStart = Number.isSafeInteger(start) && start >= 0 && start < size;
  const validEnd = end === undefined || (Number.isSafeInteger(end) && end >= start);
  if (!validStart || !validEnd) throw new RangeNotSatisfiableError(requested, size);
  return { start, end: Math.min(end ?? size - 1, size - 1) };
}
