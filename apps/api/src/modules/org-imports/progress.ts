import type { ImportRowError, OrgImportError, OrgSheetKind, OrgSheetProgress } from '@hoclieu/contracts';
import { orgSheets } from '@hoclieu/domain';
import { progressOf } from '../../db-json.js';

/** What OrgImport.progress holds: whether the rows were counted, and each sheet's progress. */
export interface ImportProgress {
  counted: boolean;
  sheets: OrgSheetProgress[];
}

/** Row errors kept for the report; the count covers all of them. */
export const ERRORS_KEPT = 1000;

export const sheetName = (kind: OrgSheetKind) => orgSheets.find((sheet) => sheet.kind === kind)?.name ?? kind;

function emptyProgress(): ImportProgress {
  return {
    counted: false,
    sheets: orgSheets.map(({ kind }) => ({
      kind,
      totalRows: null,
      doneRows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      errorRows: 0,
    })),
  };
}

/** OrgImport.progress (db-json.ts), or the empty progress of an import not started yet. */
export function readProgress(value: unknown): ImportProgress {
  return progressOf({ progress: value }) ?? emptyProgress();
}

export const sheetErrors = (kind: OrgSheetKind, errors: ImportRowError[]): OrgImportError[] =>
  errors.map((error) => ({ sheet: sheetName(kind), ...error }));
