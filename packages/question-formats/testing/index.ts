/**
 * Test helpers: question builders for fixtures, and hostile files for security tests (hand-written
 * zips and byte mutations of valid files).
 */

export { deflatedOf, type RawEntry, rawZip, textZip } from '@hoclieu/media/testing';
export { applyByteOps, type ByteOp, byteOpsOf } from './byte-mutations.js';
export {
  choices,
  credited,
  math,
  question,
  shortAnswer,
  statements,
  withCredits,
} from './question-builders.js';
