import type { QuestionFormat } from '@hoclieu/contracts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

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
  const head = buffer.subarray(0, 64 * 1024).toString('utf8');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<quiz[\s>]/.test(head)) return 'moodle_xml';
  if (/<(qti-assessment-item|assessmentItem)[\s>]/.test(head)) return 'qti';
  if (name.endsWith('.gift')) return 'gift';
  if (/^\s*ANSWER\s*:\s*[A-H]\s*$/m.test(head) && !/\{[^}]*[=~#][^}]*\}/.test(head)) return 'aiken';
  if (/\{[^}]*\}/.test(head)) return 'gift';
  if (name.endsWith('.xml')) return 'moodle_xml';
  // A "Word" file that is not a zip (a renamed .doc, a broken download) gets the Word message.
  if (name.endsWith('.docx')) return 'docx';
  return null;
}
