import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalDiskStore } from '../src/index.js';
import { describeBlobStoreContract } from './blob-store-contract.js';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true, maxRetries: 5 }))));

async function freshRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hoclieu-blobs-'));
  roots.push(root);
  return root;
}

/** Files only: empty folders left by deletes are harmless. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describeBlobStoreContract('local disk', async () => {
  const root = await freshRoot();
  return { store: createLocalDiskStore({ root }), leftovers: () => filesUnder(root) };
});

describe('local disk store', () => {
  it('keeps bytes and content type apart, so no key can collide with a sidecar', async () => {
    const root = await freshRoot();
    const store = createLocalDiskStore({ root });
    await store.put('a.pdf', Readable.from([Buffer.from('pdf')]), { contentType: 'application/pdf' });
    await store.put('a.pdf.json', Readable.from([Buffer.from('{}')]), { contentType: 'application/json' });
    expect((await filesUnder(root)).sort()).toEqual([
      'blobs/a.pdf',
      'blobs/a.pdf.json',
      'meta/a.pdf.json',
      'meta/a.pdf.json.json',
    ]);
    expect(await store.stat('a.pdf')).toEqual({ size: 3, contentType: 'application/pdf' });
  });

  it('treats a folder made by a longer key as no blob', async () => {
    const store = createLocalDiskStore({ root: await freshRoot() });
    await store.put('lop-6/toan.pdf', Readable.from([Buffer.from('x')]), { contentType: 'application/pdf' });
    expect(await store.stat('lop-6')).toBeNull();
    await expect(store.get('lop-6')).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
    await store.delete('lop-6');
  });

  it('reports down with a message when the root cannot be written', async () => {
    const root = await freshRoot();
    await writeFile(join(root, 'not-a-folder'), 'x');
    const report = await createLocalDiskStore({ root: join(root, 'not-a-folder', 'blobs') }).health();
    expect(report).toMatchObject({ status: 'down', message: expect.stringContaining('ENOTDIR') });
  });
});
