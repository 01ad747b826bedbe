import { type ErrorCode, errorMessages } from '@hoclieu/contracts';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from './errors.js';

/**
 * C0 control characters but tab, newline and carriage return (NUL among them: PostgreSQL refuses it in
 * text and jsonb), and UTF-16 surrogates that are not part of a pair (they cannot be stored as UTF-8).
 */
const UNSAFE_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnsafeText = (text: string) => UNSAFE_TEXT.test(text);

/** Parsed JSON, a query string or path parameters (whatever their prototype), not a file's bytes or stream. */
const isRecord = (value: object) =>
  !ArrayBuffer.isView(value) && typeof (value as { pipe?: unknown }).pipe !== 'function';

/**
 * The first string in a parsed request part (a key or a value, at any depth) that no column can hold,
 * as its path (`body.items.0.text`); null when all are fine. Walks with its own stack, so a deeply
 * nested body cannot overflow the call stack. Buffers and streams (file uploads) are not text.
 */
function unsafeTextPath(part: string, data: unknown): string | null {
  const stack: [unknown, string][] = [[data, part]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (isUnsafeText(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        stack.push([item, `${path}.${index}`]);
      });
    } else if (value !== null && typeof value === 'object' && isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        const at = `${path}.${key}`;
        if (isUnsafeText(key)) return at;
        stack.push([item, at]);
      }
    }
  }
  return null;
}

/** The issues fastify-type-provider-zod reports: zod's, with the path as a JSON pointer. */
interface ReportedIssue {
  instancePath: string;
  message?: string;
  params?: { params?: { errorCode?: unknown } };
}

/** A stable code a contract's refinement names (`params: { errorCode }`), when it is one of ours. */
function namedCode(issues: ReportedIssue[]): ErrorCode | null {
  for (const issue of issues) {
    const code = issue.params?.params?.errorCode;
    if (typeof code === 'string' && code in errorMessages) return code as ErrorCode;
  }
  return null;
}

/**
 * The app's validator: every string of a request's params, query and body is checked once, here, for
 * characters no text column holds (refused with INVALID_TEXT, naming the field), then the part is
 * parsed by its zod contract. A contract refinement that names a stable code (a link that is not
 * http(s)) answers with that code instead of VALIDATION_FAILED.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  // The same names as the error handler's validation issues: params, querystring, body.
  const part = route.httpPart ?? 'body';
  return (data) => {
    const at = unsafeTextPath(part, data);
    if (at)
      return {
        error: new AppError('INVALID_TEXT', [
          { path: at, message: `Trường "${at}" chứa ký tự điều khiển hoặc ký tự Unicode không hợp lệ.` },
        ]),
      };
    const result = validate(data) as { value?: unknown; error?: Error | FastifySchemaValidationError[] };
    if (Array.isArray(result.error)) {
      const issues = result.error as ReportedIssue[];
      const code = namedCode(issues);
      if (code)
        return {
          error: new AppError(
            code,
            issues.map((issue) => ({
              path: `${part}${issue.instancePath.replaceAll('/', '.')}`,
              message: issue.message ?? '',
            })),
          ),
        };
    }
    return result;
  };
};
