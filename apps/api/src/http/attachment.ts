import type { Readable } from 'node:stream';
import { attachmentDisposition } from '@hoclieu/storage';
import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file the API writes for the caller to save: a template, an export, a paper, a credentials sheet. */
export interface Attachment {
  fileName: string;
  contentType: string;
}

/** Answers with `content` as a download the browser saves under the file's name. */
export function sendAttachment(reply: FastifyReply, file: Attachment, content: Buffer | Readable) {
  return reply
    .header('content-disposition', attachmentDisposition(file.fileName))
    .type(file.contentType)
    .send(content);
}
