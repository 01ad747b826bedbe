import type { QuestionImage } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { fitQuestionImage, svgToPng } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { bankViewer } from './access.js';
import { putImage, webImageType } from './images.js';

/** A picture for a question, not a scan of a book: larger uploads are refused before they are read. */
export const QUESTION_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Pictures teachers insert while writing a question, stored exactly like imported ones: by the
 * SHA-256 of their bytes under `question-images/`. The type comes from the bytes, never the name; an
 * SVG is drawn to PNG so its scripts and links never reach a page; anything else is refused.
 */
export function createQuestionImageUpload(db: Db, storage: BlobStore) {
  return async function upload(actor: Actor, given: Buffer): Promise<QuestionImage> {
    bankViewer(actor);
    const bytes = webImageType(given) ? given : await svgToPng(given);
    const fitted = bytes && webImageType(bytes) ? await fitQuestionImage(bytes) : null;
    const contentType = fitted && webImageType(fitted.bytes);
    if (!fitted || !contentType) throw new AppError('QUESTION_IMAGE_TYPE_REFUSED');
    const url = await putImage(storage, fitted.bytes, contentType);
    await recordAudit(db, {
      actor,
      action: 'question_image.upload',
      resourceType: 'question_image',
      resourceId: url.slice(url.lastIndexOf('/') + 1),
      scope: actor,
      details: { bytes: fitted.bytes.length, width: fitted.width, height: fitted.height, contentType },
    });
    return { url, width: fitted.width, height: fitted.height };
  };
}
