import type { ErrorCode } from '@hoclieu/contracts';

const statusByCode: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  IMPORT_FILE_MISSING: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  SCHOOL_NOT_FOUND: 404,
  CLASS_NOT_FOUND: 404,
  SUBJECT_NOT_FOUND: 404,
  TOPIC_NOT_FOUND: 404,
  KPI_TARGET_NOT_FOUND: 404,
  MATERIAL_NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  UPLOAD_NOT_FOUND: 404,
  QUESTION_NOT_FOUND: 404,
  QUESTION_IN_USE: 409,
  TEST_NOT_FOUND: 404,
  ASSIGNMENT_NOT_FOUND: 404,
  ATTEMPT_NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  TEST_LOCKED: 409,
  ATTEMPT_CLOSED: 409,
  ATTEMPTS_EXHAUSTED: 409,
  UPLOAD_TOO_LARGE: 413,
  RANGE_NOT_SATISFIABLE: 416,
  STORAGE_UNAVAILABLE: 503,
  SEARCH_UNAVAILABLE: 503,
  QUESTION_IMPORT_BUSY: 503,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

/** A domain error with a stable code; the one error handler turns it into the uniform body. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(code);
    this.status = statusByCode[code] ?? 422;
  }
}

export const forbidden = () => new AppError('FORBIDDEN');
