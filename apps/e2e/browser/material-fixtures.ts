import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simplePdf } from '@hoclieu/api/simple-pdf';

/**
 * A valid one-page PDF whose text layer says `text` (ASCII), padded with comment lines to about
 * `padKb` kilobytes so that its upload takes long enough to watch the progress bar.
 */
export const pdfWith = (text: string, padKb = 0): Buffer => simplePdf([text], { padKb });

/** The 2-second H.264 clip (64×48) the media package's tests use; see its fixtures README. */
export function tinyMp4(): Buffer {
  const here = dirname(fileURLToPath(import.meta.url));
  return readFileSync(join(here, '../../../packages/media/test/fixtures/tiny.mp4'));
}
