import type { QuestionImage } from '@hoclieu/contracts';
import { escapeText } from './text-to-html';

/**
 * Pictures in the text form of question HTML: an `<img>` tag kept verbatim, so the text form, the
 * preview and the server's sanitiser all read the same thing.
 */

const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The tag a stored picture becomes in the text form. */
export const imageTag = ({ url, width, height }: QuestionImage, alt = '') =>
  `<img src="${url}" alt="${escapeAttribute(alt)}" width="${width}" height="${height}">`;

/** `snippet` put in place of the selection `start..end`, and where the cursor goes after it. */
export function insertAt(text: string, start: number, end: number, snippet: string) {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return { text: `${before}${snippet}${after}`, cursor: before.length + snippet.length };
}

/**
 * The text with the picture tag `tag` given new alt text; the returned tag is the one to look for
 * next time. The text is unchanged when the tag was edited away meanwhile.
 */
export function withImageAlt(text: string, tag: string, alt: string) {
  const next = tag.replace(/ alt="[^"]*"/, ` alt="${escapeAttribute(alt)}"`);
  const at = text.lastIndexOf(tag);
  if (at < 0) return { text, tag };
  return { text: text.slice(0, at) + next + text.slice(at + tag.length), tag: next };
}

/** The picture files among what was pasted or dropped (text and other files are left alone). */
export const imageFiles = (files: FileList | null | undefined): File[] =>
  [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
