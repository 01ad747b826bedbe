import type { SniffResult } from './category.js';
import type { CompoundFileDirectory } from './cfb.js';
import { extensionOf } from './file-names.js';

// Root class ids (on-disk byte order) of Windows Installer packages, patches and transforms.
const INSTALLER_CLASS_IDS = [
  '84100c0000000000c000000000000046',
  '86100c0000000000c000000000000046',
  '82100c0000000000c000000000000046',
];

/**
 * Classifies an OLE compound file. With its directory the decision is by content; without it
 * (the head did not reach the directory) the name breaks the tie between the legacy formats.
 */
export function classifyCompoundFile(
  directory: CompoundFileDirectory | undefined,
  fileName: string,
): SniffResult {
  const extension = extensionOf(fileName);
  if (!directory) return byName(extension);
  const names = new Set(directory.names);
  if (INSTALLER_CLASS_IDS.includes(directory.rootClassId)) return INSTALLER;
  if (names.has('WordDocument')) return { mime: 'application/msword', extension: 'doc', category: 'doc' };
  if (names.has('PowerPoint Document')) {
    return { mime: 'application/vnd.ms-powerpoint', extension: 'ppt', category: 'ppt' };
  }
  if (names.has('Workbook') || names.has('Book')) {
    return { mime: 'application/vnd.ms-excel', extension: 'xls', category: 'unknown' };
  }
  return extension === 'msi' || extension === 'msp' ? INSTALLER : UNKNOWN_COMPOUND;
}

function byName(extension: string): SniffResult {
  if (extension === 'doc') return { mime: 'application/msword', extension, category: 'doc' };
  if (extension === 'ppt') return { mime: 'application/vnd.ms-powerpoint', extension, category: 'ppt' };
  if (extension === 'msi' || extension === 'msp') return INSTALLER;
  return UNKNOWN_COMPOUND;
}

const INSTALLER: SniffResult = { mime: 'application/x-msi', extension: 'msi', category: 'executable' };
const UNKNOWN_COMPOUND: SniffResult = { mime: 'application/x-cfb', extension: 'cfb', category: 'unknown' };
