/** Hostile files for security tests: hand-written zips and byte mutations of valid files. */
export { applyByteOps, type ByteOp, byteOpsOf } from './byte-mutations.js';
export { deflatedOf, type RawEntry, rawZip, textZip } from './hostile-zip.js';
