import { errorCodes, importRowErrorCodes } from '@hoclieu/contracts';
import { describe, expect, test } from 'vitest';
import { AppError } from '../src/http/errors.js';

/**
 * Every code's HTTP status, pinned: a code may change status only on purpose, by changing this list
 * with it.
 */
const statusesBefore: Record<number, string[]> = {
  400: ['VALIDATION_FAILED', 'INVALID_TEXT', 'LINK_NOT_WEB', 'IMPORT_FILE_MISSING'],
  401: ['UNAUTHENTICATED', 'INVALID_CREDENTIALS'],
  403: [
    'FORBIDDEN',
    'CSRF_INVALID',
    'ACCOUNT_DISABLED',
    'PASSWORD_CHANGE_REQUIRED',
    'SHARE_OWN_DECISION',
    'SETUP_TOKEN_INVALID',
    'UNIT_DEACTIVATED',
  ],
  404: [
    'NOT_FOUND',
    'ROUTE_NOT_FOUND',
    'ORG_IMPORT_NOT_FOUND',
    'SCHOOL_NOT_FOUND',
    'CLASS_NOT_FOUND',
    'SUBJECT_NOT_FOUND',
    'TOPIC_NOT_FOUND',
    'KPI_TARGET_NOT_FOUND',
    'MATERIAL_NOT_FOUND',
    'FILE_NOT_FOUND',
    'UPLOAD_NOT_FOUND',
    'QUESTION_NOT_FOUND',
    'TEST_NOT_FOUND',
    'ASSIGNMENT_NOT_FOUND',
    'ATTEMPT_NOT_FOUND',
    'ITEM_NOT_FOUND',
    'OPTION_NOT_FOUND',
    'PROVINCE_NOT_FOUND',
    'DISTRICT_NOT_FOUND',
    'SCHOOL_YEAR_NOT_FOUND',
    'PRACTICE_GOAL_NOT_FOUND',
    'STUDENT_NOT_IN_CLASS',
  ],
  409: [
    'ORG_IMPORT_RUNNING',
    'QUESTION_IN_USE',
    'TEST_LOCKED',
    'ATTEMPTS_EXHAUSTED',
    'ATTEMPT_CLOSED',
    'ATTEMPT_DEVICE_LOCKED',
    'PROVINCE_CODE_TAKEN',
    'DISTRICT_CODE_TAKEN',
    'SCHOOL_CODE_TAKEN',
    'USERNAME_TAKEN',
    'SETUP_DONE',
    'UNIT_INACTIVE',
    'UNIT_HAS_ACTIVE_CHILDREN',
    'SELF_CHANGE_REFUSED',
    'SCHOOL_YEAR_EXISTS',
    'SCHOOL_YEAR_OVERLAP',
    'SCHOOL_YEAR_CLOSED',
    'SCHOOL_YEAR_ALREADY_CLOSED',
    'SCHOOL_YEAR_CURRENT_NOT_CLOSABLE',
    'ROLLOVER_ALREADY_DONE',
    'KPI_TARGET_EXISTS',
    'PRACTICE_NOT_SERVED',
    'PRACTICE_QUESTION_UNAVAILABLE',
    'PRACTICE_ALREADY_ANSWERED',
    'CONFLICT',
  ],
  413: ['PAYLOAD_TOO_LARGE', 'UPLOAD_TOO_LARGE'],
  416: ['RANGE_NOT_SATISFIABLE'],
  422: [
    'PASSWORD_TOO_WEAK',
    'CURRENT_PASSWORD_WRONG',
    'PASSWORD_REUSED',
    'IMPORT_FILE_UNREADABLE',
    'IMPORT_HEADER_INVALID',
    'IMPORT_TOO_MANY_ROWS',
    'ORG_IMPORT_PROVINCE_REQUIRED',
    // Why an import left a row out (its own list in contracts): all refused rows are 422.
    ...importRowErrorCodes,
    'TOPIC_PARENT_INVALID',
    'UPLOAD_NOT_READY',
    'QUESTION_IMAGE_TYPE_REFUSED',
    'FILE_TYPE_REFUSED',
    'FILE_TYPE_UNKNOWN',
    'SHARE_NOT_ALLOWED',
    'QUESTION_INVALID',
    'QUESTION_SHARE_NOT_ALLOWED',
    'QUESTION_FILE_UNREADABLE',
    'QUESTION_FILE_TOO_COSTLY',
    'TEST_QUESTION_NOT_USABLE',
    'TEST_NO_VERSIONS',
    'ASSIGNMENT_INVALID_WINDOW',
    'ASSIGNMENT_NOT_OPEN',
    'ASSIGNMENT_CLASS_GRADE',
    'CLASS_NOT_TAUGHT',
    'EXTRA_TIME_STUDENT_NOT_IN_CLASSES',
    'SCHOOL_KIND_INVALID',
    'SCHOOL_MOVE_CROSS_PROVINCE',
    'USER_UNIT_INVALID',
    'SCHOOL_YEAR_CODE_INVALID',
    'SCHOOL_YEAR_DATES_INVALID',
    'ROLLOVER_NO_PREVIOUS_YEAR',
    'LESSON_DATE_OUTSIDE_YEAR',
    'KPI_TARGET_OUT_OF_RANGE',
    'NETWORK_ERROR',
    'SCORM_MANIFEST_INVALID',
    'LECTURE_NOT_SCORM',
    'PRACTICE_GOAL_TOPIC_INVALID',
    'PRACTICE_GOAL_DUE_PAST',
  ],
  429: ['LOGIN_THROTTLED', 'RATE_LIMITED'],
  500: ['INTERNAL_ERROR'],
  503: ['STORAGE_UNAVAILABLE', 'SEARCH_UNAVAILABLE', 'QUESTION_IMPORT_BUSY', 'SERVICE_UNAVAILABLE'],
};

describe('the HTTP status of each error code', () => {
  test('is the status the API answered before, for every code', () => {
    const now: Record<number, string[]> = {};
    for (const code of errorCodes) {
      const status = new AppError(code).status;
      now[status] = [...(now[status] ?? []), code];
    }
    const sorted = (table: Record<number, string[]>) =>
      Object.fromEntries(Object.entries(table).map(([status, codes]) => [status, [...codes].sort()]));
    expect(sorted(now)).toEqual(sorted(statusesBefore));
  });

  test('every code is listed above', () => {
    expect(Object.values(statusesBefore).flat().sort()).toEqual([...errorCodes].sort());
  });
});
