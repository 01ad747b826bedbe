import { type ErrorBody, errorMessage } from '@hoclieu/contracts';
import { StorageUnavailableError } from '@hoclieu/storage';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../http/errors.js';

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  issues?: ErrorBody['error']['issues'],
) {
  const body: ErrorBody = {
    error: { code, message: errorMessage(code, 'vi'), ...(issues ? { issues } : {}) },
    requestId: request.id,
  };
  return reply.status(status).type('application/json').send(body);
}

/** Fastify's own 4xx errors we expose, by their code, as one of ours. */
const frameworkCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'VALIDATION_FAILED' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_FILES_LIMIT: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 400, code: 'IMPORT_FILE_MISSING' },
};

/**
 * Errors Fastify answers before routing (Fastify's `frameworkErrors`: a URL that is not valid
 * percent-encoding, a lone surrogate in a path): the same body as every other 400.
 */
export function frameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 400, 'VALIDATION_FAILED');
}

/**
 * The one error handler: every error leaves as `{ error: { code, message }, requestId }` with a
 * Vietnamese message. 5xx bodies never carry internals; the log has them, under the request id.
 */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(reply, request, error.status, error.code, error.issues);
    // Wherever it surfaces (a route, an inspection, a download cut mid-hash), an unreachable object
    // store is the same answer; routes only map the storage errors that mean something else to them.
    if (error instanceof StorageUnavailableError) {
      request.log.warn({ err: error }, 'object store unavailable');
      const unavailable = new AppError('STORAGE_UNAVAILABLE');
      return send(reply, request, unavailable.status, unavailable.code);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message ?? '',
      }));
      return send(reply, request, 400, 'VALIDATION_FAILED', issues);
    }
    const known = error.code ? frameworkCodes[error.code] : undefined;
    if (known) return send(reply, request, known.status, known.code);
    if (error.statusCode === 429) return send(reply, request, 429, 'RATE_LIMITED');
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its contract');
    else request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'INTERNAL_ERROR');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 404, 'ROUTE_NOT_FOUND'));
});
