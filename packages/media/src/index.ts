export { FILE_CATEGORIES, type FileCategory, isAllowedCategory, type SniffResult } from './category.js';
export { checkUpload, type UploadCheck, type UploadCheckOptions } from './check-upload.js';
export { extractText } from './extract-text.js';
export { findEntryPage } from './html5-entry.js';
export { closePdfThreads } from './pdf-threads.js';
export { type MediaProbe, type ProbeOptions, probeMedia } from './probe-media.js';
export { type FittedImage, fitQuestionImage, QUESTION_IMAGE_MAX_SIDE } from './question-image.js';
export type { ScormPackage } from './scorm-manifest.js';
export { DEFAULT_SNIFF_BYTES, sniffFile } from './sniff.js';
export {
  bufferSource,
  type ClosableSource,
  type MediaInput,
  openFileSource,
  type RandomAccessSource,
} from './source.js';
export { isSvg, svgToPng } from './svg-raster.js';
export {
  DEFAULT_TEXT_OPTIONS,
  type TextExtraction,
  type TextExtractionFailure,
  type TextExtractionOptions,
} from './text-result.js';
export {
  DEFAULT_THUMBNAIL_OPTIONS,
  makeThumbnail,
  type Thumbnail,
  type ThumbnailOptions,
} from './thumbnail.js';
export { openZipEntry } from './zip-entry-stream.js';
export {
  type InspectMode,
  inspectZip,
  inspectZipFile,
  type ZipEntryInfo,
  type ZipInspection,
} from './zip-inspect.js';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits.js';
export type { ZipProblem, ZipProblemCode } from './zip-problems.js';
