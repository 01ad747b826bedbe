import { escapeHtml } from '../html.js';
import type { Segment } from './segments.js';

/**
 * A paragraph (or the part of it after "Câu 3.", "A.") written all in a monospace font is
 * preformatted text: code, a program's output. Part of a paragraph in that font is inline code.
 */
export function isPreformatted(segments: Segment[]): boolean {
  let seen = false;
  for (const segment of segments) {
    if (segment.kind === 'math' || segment.kind === 'image') return false;
    if (segment.kind !== 'text' || !segment.text.trim()) continue;
    if (!segment.mono) return false;
    seen = true;
  }
  return seen;
}

/** `<pre>` keeps spaces, tabs and line breaks as written; emphasis and links are not kept in it. */
export function preformattedHtml(segments: Segment[]): string {
  const text = segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? '\n' : '')).join('');
  return `<pre>${escapeHtml(text)}</pre>`;
}
