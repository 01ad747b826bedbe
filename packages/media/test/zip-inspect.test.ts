import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectZip, inspectZipFile, type ZipInspection } from '../src/index.js';
import { buildZip, rawZip } from '../testing/index.js';
import { peExecutable } from './binaries.js';

const codes = (inspection: ZipInspection) =>
  inspection.problems.map((problem) => [problem.code, problem.path]);

describe('inspectZip: names and metadata', () => {
  it('lists the files of a clean zip, Vietnamese names intact', async () => {
    const zip = await buildZip([
      { name: 'Bài giảng/Phân số.pdf', data: 'pdf' },
      { name: 'Bài giảng/ghi chú.txt', data: 'xin chào' },
    ]);
    const inspection = await inspectZip(zip);
    expect(inspection).toMatchObject({ ok: true, kind: 'zip', problems: [] });
    expect(inspection.entries.map((entry) => entry.path)).toEqual([
      'Bài giảng/Phân số.pdf',
      'Bài giảng/ghi chú.txt',
    ]);
    expect(inspection.entries[1]).toMatchObject({ size: Buffer.byteLength('xin chào') });
  });

  it('reports every unsafe path, with a Vietnamese message', async () => {
    const names = [
      '../evil.txt',
      'a/../../evil.txt',
      '/etc/passwd',
      'C:/Windows/evil.dll',
      'a\\..\\evil.txt',
    ];
    const inspection = await inspectZip(rawZip(names.map((name) => ({ name, data: Buffer.from('x') }))));
    expect(inspection.ok).toBe(false);
    const traversal = inspection.problems.filter((problem) => problem.code === 'PATH_TRAVERSAL');
    expect(traversal.map((problem) => problem.path)).toEqual(names);
    expect(traversal[0]?.message).toContain('đường dẫn không an toàn');
  });

  it('refuses symlinks and encrypted entries', async () => {
    const zip = rawZip([
      { name: 'link', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 },
      { name: 'secret.txt', data: Buffer.from('x'.repeat(100)), compress: true, encrypted: true },
      { name: 'ok.txt', data: Buffer.from('ok'), unixMode: 0o100644 },
    ]);
    expect(codes(await inspectZip(zip))).toEqual([
      ['SYMLINK', 'link'],
      ['ENCRYPTED', 'secret.txt'],
    ]);
  });

  it('refuses too many entries before reading them', async () => {
    const zip = await buildZip(
      Array.from({ length: 6 }, (_, index) => ({ name: `${index}.txt`, data: 'x' })),
    );
    expect(codes(await inspectZip(zip, { maxEntries: 5 }))).toEqual([['TOO_MANY_ENTRIES', undefined]]);
    expect((await inspectZip(zip, { maxEntries: 6 })).ok).toBe(true);
  });

  it('refuses a declared total over the limit (default 2 GiB)', async () => {
    const zip = rawZip([
      { name: 'big.bin', data: Buffer.alloc(10), compress: true, declaredSize: 3 * 1024 ** 3 },
    ]);
    expect(codes(await inspectZip(zip))).toContainEqual(['TOO_LARGE', undefined]);
  });

  it('refuses nested archives and executables in a plain zip', async () => {
    const zip = await buildZip([
      { name: 'tai-lieu/khac.zip', data: 'PK' },
      { name: 'cai-dat/setup.exe', data: 'MZ' },
      { name: 'chay.bat', data: 'echo' },
      { name: 'bai-giang.pdf', data: '%PDF' },
    ]);
    expect(codes(await inspectZip(zip))).toEqual([
      ['NESTED_ARCHIVE', 'tai-lieu/khac.zip'],
      ['EXECUTABLE_ENTRY', 'cai-dat/setup.exe'],
      ['EXECUTABLE_ENTRY', 'chay.bat'],
    ]);
    expect((await inspectZip(zip, { allowNestedArchives: true })).problems).toHaveLength(2);
  });

  it('reports a corrupt zip instead of throwing', async () => {
    expect(codes(await inspectZip(Buffer.from('PK\u0003\u0004 not really a zip')))).toEqual([
      ['ZIP_INVALID', undefined],
    ]);
  });

  it('reads a zip from a file path by ranges', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'hoclieu-media-'));
    try {
      const path = join(directory, 'goi.zip');
      await writeFile(path, await buildZip([{ name: 'index.html', data: '<h1>Xin chào</h1>' }]));
      expect(await inspectZipFile(path)).toMatchObject({
        ok: true,
        kind: 'html5-package',
        entryPage: 'index.html',
      });
    } finally {
      await rm(directory, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});

describe('inspectZip: bombs and lying headers', () => {
  it('flags a zip bomb: 60 MB of zeros in a few kilobytes', async () => {
    const zip = await buildZip([{ name: 'zeros.bin', data: Buffer.alloc(60 * 1024 * 1024) }]);
    expect(zip.byteLength).toBeLessThan(100 * 1024);
    expect(codes(await inspectZip(zip))).toContainEqual(['ZIP_BOMB', 'zeros.bin']);
  });

  it('flags many entries that are harmless alone but a bomb together', async () => {
    const zip = await buildZip(
      Array.from({ length: 5 }, (_, index) => ({ name: `${index}.bin`, data: Buffer.alloc(1024 * 1024) })),
    );
    const inspection = await inspectZip(zip, { ratioCheckMinBytes: 4 * 1024 * 1024 });
    expect(codes(inspection)).toEqual([['ZIP_BOMB', undefined]]);
  });

  it('leaves small, very compressible files alone', async () => {
    const zip = await buildZip([{ name: 'trang-trang.txt', data: ' '.repeat(1024 * 1024) }]);
    expect((await inspectZip(zip)).ok).toBe(true);
  });

  it('flags entries that share their compressed data (overlapping-files bomb)', async () => {
    const zip = rawZip([
      { name: 'kernel', data: Buffer.alloc(1000), compress: true },
      { name: 'copy-1', data: Buffer.alloc(1000), compress: true, sameDataAs: 0 },
    ]);
    expect(codes(await inspectZip(zip))).toContainEqual(['ZIP_BOMB', 'copy-1']);
  });

  it('trusts declared sizes without verifyContent, and catches the lie with it', async () => {
    const zip = rawZip([
      { name: 'lie.txt', data: Buffer.alloc(100_000, 0x61), compress: true, declaredSize: 10 },
    ]);
    expect((await inspectZip(zip)).ok).toBe(true);
    expect(codes(await inspectZip(zip, { verifyContent: true }))).toEqual([['SIZE_MISMATCH', 'lie.txt']]);
  });

  it('caps the bytes it inflates when verifying content', async () => {
    const zip = await buildZip([{ name: 'a.txt', data: Buffer.alloc(2 * 1024 * 1024, 0x61) }]);
    const inspection = await inspectZip(zip, { verifyContent: true, maxTotalUncompressedBytes: 1024 * 1024 });
    expect(codes(inspection)).toContainEqual(['TOO_LARGE', undefined]);
  });

  it('finds a native executable hidden under an image name when verifying content', async () => {
    const zip = await buildZip([{ name: 'anh/meo.png', data: peExecutable() }]);
    expect((await inspectZip(zip)).ok).toBe(true);
    expect(codes(await inspectZip(zip, { verifyContent: true }))).toEqual([
      ['EXECUTABLE_ENTRY', 'anh/meo.png'],
    ]);
  });
});

describe('inspectZip: a source that fails', () => {
  it("passes the source's own error on instead of calling the zip invalid", async () => {
    const zip = await buildZip([{ name: 'a.txt', data: 'x'.repeat(100_000) }]);
    const gone = new Error('the object store went away');
    for (const failAt of [0, 1]) {
      let reads = 0;
      const source = {
        size: zip.byteLength,
        read: async (position: number, length: number) => {
          if (reads++ >= failAt) throw gone;
          return zip.subarray(position, Math.min(zip.byteLength, position + length));
        },
      };
      await expect(inspectZip(source, {}, 'auto')).rejects.toBe(gone);
    }
  });
});
