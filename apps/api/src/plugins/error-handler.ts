import { type ErrorBody, type ErrorCode, errorMessage, errorStatus } from '@hoclieu/contracts';
import { StorageUnavailableError } from '@hoclieu/storage';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../http/errors.js';

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  issues?: ErrorBody['error']['issues'],
  status: number = errorStatus[code],
) {
  const body: ErrorBody = {
    error: { code, message: errorMessage(code, 'vi'), ...(issues ? { issues } : {}) },
    requestId: request.id,
  };
  return reply.status(status).type('application/json').send(body);
}

/**
 * Fastify's own 4xx errors we expose, by their code, as one of ours (with its status, but for a
 * media type we do not read: 415, as HTTP names it).
 */
const frameworkCodes: Record<string, { code: ErrorCode; status?: number }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'VALIDATION_FAILED', status: 415 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE' },
  FST_FILES_LIMIT: { code: 'PAYLOAD_TOO_LARGE' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'IMPORT_FILE_MISSING' },
};

/**
 * Errors Fastify answers before routing (Fastify's `frameworkErrors`: a URL that is not valid
 * percent-encoding, a lone surrogate in a path): the same body as every other 400.
 */
export function frameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 'VALIDATION_FAILED');
}

/**
 * The one error handler: every error leaves as `{ error: { code, message }, requestId }` with a
 * Vietnamese message. 5xx bodies never carry internals; the log has them, under the request id.
 */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(reply, request, error.code, error.issues, error.status);
    // Wherever it surfaces (a route, an inspection, a download cut mid-hash), an unreachable object
    // store is the same answer; routes only map the storage errors that mean something else to them.
    if (error instanceof StorageUnavailableError) {
      request.log.warn({ err: error }, 'object store unavailable');
      return send(reply, request, 'STORAGE_UNAVAILABLE');
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message ?? '',
      }));
      return send(reply, request, 'VALIDATION_FAILED', issues);
    }
    const known = error.code ? frameworkCodes[error.code] : undefined;
    if (known) return send(reply, request, known.code, undefined, known.status);
    if (error.statusCode === 429) return send(reply, request, 'RATE_LIMITED');
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its contract');
    else request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 'INTERNAL_ERROR');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 'ROUTE_NOT_FOUND'));
});
