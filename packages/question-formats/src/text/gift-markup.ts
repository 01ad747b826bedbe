import { marked } from 'marked';
import { escapeHtml, textToHtml } from '../html.js';
import { restoreEscapes } from './gift-escapes.js';

/** Moodle's text formats, chosen by a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]`. */
export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

const MARKER = /^\s*\[(html|moodle|plain|markdown)\]/i;

/** The text's own format marker, removed, else the inherited one (answers inherit the stem's). */
export function readMarker(text: string, inherited: GiftFormat): { format: GiftFormat; text: string } {
  const marker = MARKER.exec(text);
  if (!marker) return { format: inherited, text };
  return { format: (marker[1] ?? '').toLowerCase() as GiftFormat, text: text.slice(marker[0].length) };
}

/**
 * Tags kept from Moodle auto-format text (Moodle renders any HTML there; a closed list with
 * strict syntax keeps "a < b" and "x>0" as text). The API sanitises what is kept.
 */
const MOODLE_TAG =
  /<\/?(?:b|strong|i|em|u|sub|sup|br|p|span|div|a|img|table|thead|tbody|tr|td|th|pre|code|ul|ol|li)(?:\s+[a-z][\w-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*\s*\/?>/gi;

function moodleToHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const tag of text.matchAll(MOODLE_TAG)) {
    html += escapeHtml(text.slice(last, tag.index)) + tag[0];
    last = tag.index + tag[0].length;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\r?\n/g, '<br>');
}

function markdownToHtml(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true }).trim();
  // One paragraph stays inline, as the other importers write a one-paragraph stem.
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
}

/** Protected GIFT text (escapes as placeholders) to the model's HTML, in the given format. */
export function renderGift(text: string, format: GiftFormat): string {
  const restored = restoreEscapes(text).normalize('NFC').trim();
  if (!restored) return '';
  switch (format) {
    case 'html':
      return restored;
    case 'plain':
      return textToHtml(restored);
    case 'markdown':
      return markdownToHtml(restored);
    default:
      return moodleToHtml(restored);
  }
}

/** A marker-led fragment (answer, feedback) rendered in its own format or the inherited one. */
export function renderFragment(text: string, inherited: GiftFormat): string {
  const own = readMarker(text, inherited);
  return renderGift(own.text, own.format);
}
