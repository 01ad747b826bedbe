import type { FileTypeResult } from 'file-type';
import type { SniffResult } from './category.js';

/** file-type extensions that are programs, installers or browser extensions. */
const EXECUTABLE_TYPES = new Set([
  'exe',
  'elf',
  'macho',
  'class',
  'jar',
  'apk',
  'deb',
  'rpm',
  'dmg',
  'lnk',
  'alias',
  'reg',
  'swf',
  'wasm',
  'crx',
  'xpi',
  'chm',
  'asar',
  'cab',
]);

/** Office files with macros: Word and PowerPoint run them on open. */
const MACRO_DOCUMENTS = new Set(['docm', 'dotm', 'pptm', 'potm', 'ppsm', 'xlsm', 'xltm']);

const OFFICE: Record<string, SniffResult['category']> = {
  docx: 'docx',
  dotx: 'docx',
  pptx: 'pptx',
  potx: 'pptx',
  ppsx: 'pptx',
  xlsx: 'xlsx',
  xltx: 'xlsx',
};

/** Zip containers that are documents in their own right (e-books, OpenDocument). */
const OTHER_ZIP_DOCUMENTS = new Set([
  'zip',
  'epub',
  'odt',
  'ods',
  'odp',
  'odg',
  'ott',
  'ots',
  'otp',
  'otg',
  'vsdx',
]);

const TEXT_TYPES = new Set(['xml', 'rtf', 'ics', 'vcf', 'vtt']);

/** Maps what file-type recognised to a category; `cfb` is resolved elsewhere (see sniff-compound). */
export function classifyDetectedType(type: FileTypeResult): SniffResult {
  const { ext, mime } = type;
  const result = (category: SniffResult['category']): SniffResult => ({ mime, extension: ext, category });
  if (EXECUTABLE_TYPES.has(ext) || MACRO_DOCUMENTS.has(ext)) return result('executable');
  if (ext === 'pdf') return result('pdf');
  const office = OFFICE[ext];
  if (office) return result(office);
  if (OTHER_ZIP_DOCUMENTS.has(ext)) return result('zip');
  if (TEXT_TYPES.has(ext)) return result('text');
  if (mime.startsWith('video/')) return result('video');
  if (mime.startsWith('audio/')) return result('audio');
  if (mime.startsWith('image/')) return result('image');
  return result('unknown');
}
