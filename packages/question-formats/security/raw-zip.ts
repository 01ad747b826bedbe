import { bufferSource, inspectZip, openZipEntry } from '@hoclieu/media';

/** Zip packages read into entries, to mutate and write back with `rawZip` (../testing). */

export type Entries = [name: string, data: Buffer][];

/** The entries of a valid zip fixture (to mutate and re-zip). */
export async function unzip(bytes: Uint8Array): Promise<Entries> {
  const inspection = await inspectZip(bytes);
  const entries: Entries = [];
  for (const { path } of inspection.entries) {
    const entry = await openZipEntry(bufferSource(bytes), path, 100 * 1024 ** 2);
    if (!entry) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
    entries.push([path, Buffer.concat(chunks)]);
  }
  return entries;
}
