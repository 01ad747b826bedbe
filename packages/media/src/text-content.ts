/**
 * Whether a head of bytes is text: UTF-16 with a byte-order mark, or bytes with no NUL and
 * almost no control characters. UTF-8 and legacy 8-bit Vietnamese encodings (TCVN3, VNI)
 * both pass; binary formats have NULs or many control bytes in their first kilobytes.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.byteLength === 0) return false;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  const sample = head.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) controls += 1;
  }
  return controls <= sample.byteLength / 100;
}

// Tab, line feed, form feed, carriage return, escape.
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

export function startsWithShebang(head: Uint8Array): boolean {
  const offset = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return head[offset] === 0x23 && head[offset + 1] === 0x21;
}
