import yazl from 'yazl';

export interface ZipEntrySpec {
  name: string;
  data: string | Buffer;
  compress?: boolean;
}

/** A well-formed zip built with yazl (yauzl's sibling), which refuses unsafe names itself. */
export function buildZip(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    zip.addBuffer(data, entry.name, { compress: entry.compress ?? true, mtime: new Date(2024, 0, 1) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (part: Buffer) => parts.push(part));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}
