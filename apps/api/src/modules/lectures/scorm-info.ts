import { z } from 'zod';

/** `Upload.scorm` as the upload check stored it (see @hoclieu/media scorm-manifest.ts). */
const storedScormSchema = z.object({
  version: z.enum(['1.2', '2004']),
  title: z.string(),
  launch: z.string(),
  masteryScore: z.number().nullable(),
});
export type StoredScorm = z.infer<typeof storedScormSchema>;

/** The stored manifest facts of an upload, or null for an ordinary file or HTML5 package. */
export function scormOf(upload: { scorm: unknown; status: string }): StoredScorm | null {
  if (upload.scorm === null || upload.status !== 'stored') return null;
  const parsed = storedScormSchema.safeParse(upload.scorm);
  return parsed.success ? parsed.data : null;
}
