import { type ErrorCode, errorStatus } from '@hoclieu/contracts';

/** A domain error with a stable code; the one error handler turns it into the uniform body. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(code);
    this.status = errorStatus[code];
  }
}

export const forbidden = () => new AppError('FORBIDDEN');
