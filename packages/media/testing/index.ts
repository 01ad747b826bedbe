/** Zips for tests: well-formed ones built with yazl, and hand-written hostile ones. */
export { deflatedOf, type RawEntry, rawZip, textZip } from './raw-zip.js';
export { buildZip, type ZipEntrySpec } from './zip-builders.js';
