import { z } from 'zod';

/** Where stored question images are served; the only image source question HTML may use. */
export const QUESTION_IMAGE_PATH = '/api/question-images/';
/** One stored question image's address, `/api/question-images/<sha256>`, the SHA-256 captured. */
export const questionImageUrlPattern = /^\/api\/question-images\/([0-9a-f]{64})$/;
/** Every stored image address inside some HTML; a new regex each call, as a global one keeps state. */
export const questionImageUrlsPattern = () => /\/api\/question-images\/([0-9a-f]{64})/g;

/** An image stored for question text: its served address and its size in pixels. */
export const questionImageSchema = z.object({
  url: z.string().regex(questionImageUrlPattern),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type QuestionImage = z.infer<typeof questionImageSchema>;
