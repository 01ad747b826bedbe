import { asApproved } from '../materials/approved-view.js';
import type { MaterialRow } from '../materials/repository.js';
import { type StoredScorm, scormOf } from './scorm-info.js';

/**
 * The SCORM package a viewer plays: the first one among the files of the version they see (the
 * current one for those who see pending changes, the approved one for everyone else).
 */
export function lectureOf(
  material: MaterialRow,
  pending: boolean,
): { fileId: string; scorm: StoredScorm } | null {
  const shown = pending ? material : asApproved(material);
  const version = shown.versions.find((v) => v.number === shown.currentVersion);
  for (const file of version?.files ?? []) {
    const scorm = scormOf(file.upload);
    if (scorm) return { fileId: file.id, scorm };
  }
  return null;
}
