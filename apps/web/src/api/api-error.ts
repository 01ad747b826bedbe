import { codeForStatus, type ErrorCode, errorBodySchema } from '@hoclieu/contracts';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed API call, identified by its stable error code (the UI translates the code, never the text). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly status: number,
    readonly requestId: string | null = null,
    readonly issues: FieldIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(`${code} (HTTP ${status})`, options);
    this.name = 'ApiError';
  }
}

/** Builds the error for a non-2xx response from its raw text. */
export function errorFromResponse(status: number, text: string, requestIdHeader: string | null): ApiError {
  const parsed = errorBodySchema.safeParse(parseJson(text));
  if (!parsed.success) return new ApiError(codeForStatus(status), status, requestIdHeader);
  const { error, requestId } = parsed.data;
  return new ApiError(error.code, status, requestId, error.issues ?? []);
}

export function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const networkError = (cause: unknown) => new ApiError('NETWORK_ERROR', 0, null, [], { cause });
