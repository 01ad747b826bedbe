export const FILE_CATEGORIES = [
  'pdf',
  'docx',
  'pptx',
  'xlsx',
  'doc',
  'ppt',
  'video',
  'audio',
  'image',
  'html5-package',
  'zip',
  'text',
  'executable',
  'unknown',
] as const;

export type FileCategory = (typeof FILE_CATEGORIES)[number];

export interface SniffResult {
  mime: string;
  /** Extension matching the content (not necessarily the uploaded name's). */
  extension: string;
  category: FileCategory;
}

/** Everything a teacher may upload: executables are refused, unknown content is not guessed at. */
export function isAllowedCategory(category: FileCategory): boolean {
  return category !== 'executable' && category !== 'unknown';
}

/** Categories built on a zip container, whose entries must be inspected before acceptance. */
export function isZipBased(category: FileCategory): boolean {
  return (
    category === 'zip' ||
    category === 'html5-package' ||
    category === 'docx' ||
    category === 'pptx' ||
    category === 'xlsx'
  );
}
