import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { SniffResult } from './category.js';
import { isCompoundFile, readCompoundFileDirectory } from './cfb.js';
import { classifyDetectedType } from './content-types.js';
import { extensionOf, isExecutableName, textMimeForName } from './file-names.js';
import { classifyCompoundFile } from './sniff-compound.js';
import { bufferSource } from './source.js';
import { looksLikeText, startsWithShebang } from './text-content.js';

/** How much of a stream sniffFile reads: enough for Office's first zip entries. */
export const DEFAULT_SNIFF_BYTES = 4 * 1024 * 1024;

/**
 * Decides what a file is from its first bytes; the name only picks the flavour of plain text
 * and breaks the tie between legacy Office formats when the head is too short to tell.
 * A zip is reported as `zip` (or docx/pptx/xlsx/jar/apk when the head shows it): telling an
 * HTML5 package apart needs the central directory, which `checkUpload` reads.
 * A stream is read up to `maxBytes` and then destroyed.
 */
export async function sniffFile(
  head: Uint8Array | Readable,
  fileName: string,
  maxBytes = DEFAULT_SNIFF_BYTES,
): Promise<SniffResult> {
  const bytes =
    head instanceof Uint8Array ? head.subarray(0, maxBytes) : await readStreamHead(head, maxBytes);
  if (isCompoundFile(bytes)) {
    return classifyCompoundFile(await readCompoundFileDirectory(bufferSource(bytes)), fileName);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return classifyDetectedType(detected);
  if (startsWithShebang(bytes))
    return { mime: 'text/x-shellscript', extension: 'sh', category: 'executable' };
  if (looksLikeText(bytes)) {
    if (isExecutableName(fileName)) {
      return { mime: 'text/plain', extension: extensionOf(fileName), category: 'executable' };
    }
    return { ...textMimeForName(fileName), category: 'text' };
  }
  return { mime: 'application/octet-stream', extension: 'bin', category: 'unknown' };
}

async function readStreamHead(stream: Readable, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const part = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      parts.push(part);
      length += part.byteLength;
      if (length >= maxBytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, maxBytes);
}
