import type { SniffResult } from './category.js';

/**
 * Office Open XML files are zips; their parts say which one. Used when the sniffed head was too
 * short for file-type to reach `[Content_Types].xml` (or a tool wrote the parts out of order).
 */
export function officeTypeFromPaths(paths: readonly string[]): SniffResult | undefined {
  const has = (path: string) => paths.includes(path);
  if (!has('[Content_Types].xml')) return undefined;
  if (has('word/document.xml')) {
    return { mime: `${OOXML}.wordprocessingml.document`, extension: 'docx', category: 'docx' };
  }
  if (has('ppt/presentation.xml')) {
    return { mime: `${OOXML}.presentationml.presentation`, extension: 'pptx', category: 'pptx' };
  }
  if (has('xl/workbook.xml'))
    return { mime: `${OOXML}.spreadsheetml.sheet`, extension: 'xlsx', category: 'xlsx' };
  return undefined;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
