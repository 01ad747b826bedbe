import type { QuestionFormat } from '@hoclieu/contracts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/*
 * The patterns below run on up to 64 KB of whatever was uploaded, so none may backtrack: each
 * repeated part stops where the next one starts (a comment cannot run past "-->", a space run
 * cannot cross a line, a brace block cannot hold another "{"). Their first versions took seconds
 * on a file of many "{", many blank lines or many "<!---->" (found by security/fuzz-*.test.ts).
 */
const MOODLE_START = /^\s*(<\?xml[^>]*>\s*)?(<!--(?:[^-]|-(?!->))*-->\s*)*<quiz[\s>]/;
const AIKEN_ANSWER = /^[ \t]*ANSWER[ \t]*:[ \t]*[A-Ha-h][ \t]*\r?$/m;
const GIFT_ANSWERS = /\{[^{}=~#]*[=~#][^{}]*\}/;
const GIFT_BLOCK = /\{[^{}]*\}/;
const QTI_ROOT = /<(?:\w+:)?(qti-assessment-item|assessmentItem|qti-assessment-test|assessmentTest)[\s>]/;
const QTI_MANIFEST = /<(?:\w+:)?manifest[\s>]/;
const MARKUP_DOCUMENT = /^\s*<(?:\?xml|!doctype|html[\s>])/i;

/**
 * The question format of a file, by content first and name second. Zip packages are told apart
 * by the part names in their directory (read as bytes: no inflating needed).
 */
export function detectFormat(fileName: string, bytes: Uint8Array): QuestionFormat | null {
  const name = fileName.toLowerCase();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ZIP_MAGIC.every((byte, i) => buffer[i] === byte)) {
    if (buffer.includes('word/document.xml')) return 'docx';
    if (buffer.includes('imsmanifest.xml')) return 'qti';
    return name.endsWith('.docx') ? 'docx' : null;
  }
  // A "Word" file that is not a zip (a renamed .doc, a broken download) gets the Word message, even
  // when its bytes happen to hold "{...}" or "ANSWER: A" (it was read as GIFT or Aiken before).
  if (name.endsWith('.docx')) return 'docx';
  const head = buffer.subarray(0, 64 * 1024).toString('utf8');
  if (MOODLE_START.test(head)) return 'moodle_xml';
  // QTI items, tests and a manifest alone (prefixed or not): the reader reports the last two.
  if (QTI_ROOT.test(head) || (QTI_MANIFEST.test(head) && /imsqti|imscp|imsglobal/i.test(head))) return 'qti';
  // Any other XML or HTML document (a web page saved as .xml, a metadata file) is never read as
  // GIFT or Aiken: its CSS and scripts hold "{...}" (a saved GitHub page became 176 essays).
  if (MARKUP_DOCUMENT.test(head)) return name.endsWith('.xml') ? 'moodle_xml' : null;
  if (name.endsWith('.gift')) return 'gift';
  if (AIKEN_ANSWER.test(head) && !GIFT_ANSWERS.test(head)) return 'aiken';
  if (GIFT_BLOCK.test(head)) return 'gift';
  if (name.endsWith('.xml')) return 'moodle_xml';
  return null;
}
