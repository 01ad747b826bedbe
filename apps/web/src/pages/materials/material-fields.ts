import type { MaterialInput, SchoolLevel } from '@hoclieu/contracts';
import { ApiError } from '../../api/api-error';

/** The metadata form's values: exactly the API's material input. */
export type MaterialFields = Required<MaterialInput>;

/** What a form of material fields edits. */
export interface MaterialFieldsProps {
  value: MaterialFields;
  onChange: (patch: Partial<MaterialFields>) => void;
  /** Fields the server found invalid (no rule is checked here that the server does not check). */
  invalid: Set<string>;
}

export const emptyMaterialFields: MaterialFields = {
  title: '',
  description: '',
  type: 'document',
  level: null,
  grade: null,
  subjectCode: null,
  topicIds: [],
  tags: [],
  licence: 'cc_by',
};

/** The usual level of a grade, to fill "Cấp học" when a grade is picked first. */
export function levelOfGrade(grade: number): SchoolLevel {
  if (grade <= 5) return 'primary';
  if (grade <= 9) return 'lower_secondary';
  return 'upper_secondary';
}

/** What the first stored file says the material probably is, while the author has not chosen. */
export function typeOfCategory(category: string | null): MaterialFields['type'] | null {
  switch (category) {
    case 'video':
    case 'audio':
    case 'image':
      return category;
    case 'pptx':
      return 'lecture';
    case 'html5-package':
      return 'simulation';
    case 'pdf':
    case 'docx':
      return 'document';
    default:
      return null;
  }
}

/** Fields named by a VALIDATION_FAILED answer (`body.title` -> `title`). */
export function invalidFields(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return new Set();
  return new Set(error.issues.map((issue) => issue.path.replace(/^body\./, '').split('.')[0] ?? ''));
}
