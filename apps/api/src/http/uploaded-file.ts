import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

type FileLimits = NonNullable<Parameters<FastifyRequest['file']>[0]>['limits'];

/**
 * The one file of a multipart request, buffered (imports and images are a few MB at most): none is
 * IMPORT_FILE_MISSING, one cut short by the size limit is PAYLOAD_TOO_LARGE. `limits` narrows the app's
 * multipart limits for this route. The name is as sent: pass it through `uploadedFileName` to use it.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  limits?: FileLimits,
): Promise<{ filename: string; content: Buffer }> {
  const upload = await (limits ? request.file({ limits }) : request.file());
  if (!upload) throw new AppError('IMPORT_FILE_MISSING');
  const content = await upload.toBuffer();
  if (upload.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  return { filename: upload.filename, content };
}
