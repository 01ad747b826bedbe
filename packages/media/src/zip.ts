/**
 * The zip checks alone, for readers that open packages (Word files, QTI) and need none of the
 * image, PDF and video tools: a question parser thread starts without loading sharp or pdf.js.
 */
export { bufferSource, type RandomAccessSource } from './source.js';
export { openZipEntry } from './zip-entry-stream.js';
export { type InspectMode, inspectZip, type ZipEntryInfo, type ZipInspection } from './zip-inspect.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits.js';
export type { ZipProblem, ZipProblemCode } from './zip-problems.js';
