import { describe, expect, it } from 'vitest';
import { bufferSource, inspectZip, openZipEntry, type ZipInspection } from '../src/index.js';
import { buildZip } from '../testing/index.js';

const codes = (inspection: ZipInspection) =>
  inspection.problems.map((problem) => [problem.code, problem.path]);

describe('inspectZip: HTML5 packages', () => {
  const assets = [
    { name: 'js/app.js', data: 'console.log(1)' },
    { name: 'css/style.css', data: 'body{}' },
    { name: 'img/logo.png', data: 'png' },
  ];

  it('finds index.html at the root or inside a single top folder', async () => {
    const atRoot = await buildZip([{ name: 'index.html', data: '<html>' }, ...assets]);
    expect(await inspectZip(atRoot)).toMatchObject({
      ok: true,
      kind: 'html5-package',
      entryPage: 'index.html',
    });
    const inFolder = await buildZip([
      { name: 'mo-phong/Index.html', data: '<html>' },
      ...assets.map((asset) => ({ ...asset, name: `mo-phong/${asset.name}` })),
      { name: '__MACOSX/mo-phong/._Index.html', data: 'x' },
    ]);
    expect(await inspectZip(inFolder, {}, 'html5-package')).toMatchObject({
      ok: true,
      entryPage: 'mo-phong/Index.html',
    });
  });

  it('requires an entry page when asked for a package', async () => {
    const zip = await buildZip([
      { name: 'a/index.html', data: '<html>' },
      { name: 'b/index.html', data: '<html>' },
    ]);
    expect(codes(await inspectZip(zip, {}, 'html5-package'))).toEqual([['NO_ENTRY_PAGE', undefined]]);
    expect(await inspectZip(zip)).toMatchObject({ ok: true, kind: 'zip' });
  });

  it('allows web code and assets only', async () => {
    const zip = await buildZip([
      { name: 'index.html', data: '<html>' },
      ...assets,
      { name: 'server/api.php', data: '<?php' },
      { name: 'tools/run.exe', data: 'MZ' },
    ]);
    expect(codes(await inspectZip(zip))).toEqual([
      ['DISALLOWED_ENTRY', 'server/api.php'],
      ['EXECUTABLE_ENTRY', 'tools/run.exe'],
    ]);
  });
});

describe('openZipEntry', () => {
  it('streams one entry of a package by its path, and nothing for a missing or oversized one', async () => {
    const zip = await buildZip([
      { name: 'index.html', data: '<h1>Mô phỏng</h1>' },
      { name: 'js/app.js', data: 'console.log("xin chào")' },
    ]);
    const entry = await openZipEntry(bufferSource(zip), 'js/app.js', 1024);
    const parts: Buffer[] = [];
    for await (const part of entry?.stream ?? []) parts.push(part as Buffer);
    expect(Buffer.concat(parts).toString('utf8')).toBe('console.log("xin chào")');
    expect(await openZipEntry(bufferSource(zip), 'missing.js', 1024)).toBeNull();
    expect(await openZipEntry(bufferSource(zip), 'index.html', 4)).toBeNull();
  });
});
