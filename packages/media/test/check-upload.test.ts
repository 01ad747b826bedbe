import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUpload, isAllowedCategory, openFileSource } from '../src/index.js';
import { buildZip, rawZip } from '../testing/index.js';
import { elfExecutable, peExecutable } from './binaries.js';
import { buildCompoundFile } from './cfb-builder.js';
import { buildDocx, buildPptx, run } from './office-builders.js';
import { buildPdf } from './pdf-builder.js';

describe('checkUpload', () => {
  it('accepts teaching materials by content', async () => {
    expect(await checkUpload(buildPdf(['Phân số']), 'bai-giang.docx')).toMatchObject({
      ok: true,
      category: 'pdf',
    });
    expect(await checkUpload(await buildDocx(['Phân số']), 'giao-an.docx')).toMatchObject({
      ok: true,
      category: 'docx',
    });
    expect(await checkUpload(await buildPptx([[run('Phân số')]]), 'slide.pptx')).toMatchObject({
      ok: true,
      category: 'pptx',
    });
    const video = await readFile(new URL('./fixtures/tiny.mp4', import.meta.url));
    expect(await checkUpload(video, 'video.mp4')).toMatchObject({
      ok: true,
      category: 'video',
      mime: 'video/mp4',
    });
  });

  it('refuses an .exe renamed .pdf, an ELF binary and a batch file, in Vietnamese', async () => {
    const refused = await checkUpload(peExecutable(), 'de-kiem-tra.pdf');
    expect(refused).toMatchObject({ ok: false, code: 'FILE_TYPE_REFUSED', category: 'executable' });
    expect(refused.ok || refused.reason).toContain('tệp thực thi');
    expect(await checkUpload(elfExecutable(), 'x.mp4')).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_REFUSED',
    });
    expect(await checkUpload(Buffer.from('@echo off\r\n'), 'cai-dat.bat')).toMatchObject({ ok: false });
  });

  it('refuses content it cannot recognise, with a hint for other archive formats', async () => {
    const unknown = await checkUpload(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8]), 'bai.docx');
    expect(unknown).toMatchObject({ ok: false, code: 'FILE_TYPE_UNKNOWN' });
    const rar = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, ...new Array(40).fill(0)]);
    const refused = await checkUpload(rar, 'tai-lieu.rar');
    expect(refused.ok || refused.reason).toBe('Chỉ hỗ trợ tệp nén định dạng .zip.');
  });

  it('recognises an HTML5 package and returns its entry page', async () => {
    const zip = await buildZip([
      { name: 'con-lac-don/index.html', data: '<script src="app.js"></script>' },
      { name: 'con-lac-don/app.js', data: 'draw()' },
      { name: 'con-lac-don/anh/nen.png', data: 'png' },
    ]);
    expect(await checkUpload(zip, 'mo-phong.zip')).toMatchObject({
      ok: true,
      category: 'html5-package',
      entryPage: 'con-lac-don/index.html',
      entries: [
        { path: 'con-lac-don/index.html' },
        { path: 'con-lac-don/app.js' },
        { path: 'con-lac-don/anh/nen.png' },
      ],
    });
  });

  it('refuses zips carrying executables, by name or by content', async () => {
    const named = await buildZip([{ name: 'tai-lieu/setup.exe', data: 'x' }]);
    expect(await checkUpload(named, 'tai-lieu.zip')).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_REFUSED',
      problems: [{ code: 'EXECUTABLE_ENTRY', path: 'tai-lieu/setup.exe' }],
    });
    const disguised = await buildZip([
      { name: 'index.html', data: '<html>' },
      { name: 'img/a.png', data: elfExecutable() },
    ]);
    expect(await checkUpload(disguised, 'goi.zip')).toMatchObject({
      ok: false,
      category: 'html5-package',
      problems: [{ code: 'EXECUTABLE_ENTRY', path: 'img/a.png' }],
    });
  });

  it('refuses a traversal zip and a zip bomb', async () => {
    const traversal = rawZip([{ name: '../evil.txt', data: Buffer.from('x') }]);
    const refused = await checkUpload(traversal, 'bai.zip');
    expect(refused).toMatchObject({ ok: false, problems: [{ code: 'PATH_TRAVERSAL', path: '../evil.txt' }] });
    expect(refused.ok || refused.reason).toMatch(/không an toàn/);
    const bomb = await buildZip([{ name: 'a.txt', data: Buffer.alloc(4 * 1024 * 1024) }]);
    expect(
      await checkUpload(bomb, 'bai.zip', { zipLimits: { ratioCheckMinBytes: 1024 * 1024 } }),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'ZIP_BOMB' }],
    });
  });

  it('reads a legacy Office directory past the sniffed head', async () => {
    const document = buildCompoundFile(['PowerPoint Document']);
    expect(await checkUpload(document, 'slide.ppt', { sniffBytes: 512 })).toMatchObject({
      ok: true,
      category: 'ppt',
    });
  });

  it('works on a file read by ranges', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'hoclieu-media-'));
    const path = join(directory, 'giao-an.docx');
    await writeFile(path, await buildDocx(['Phân số và số thập phân']));
    const source = await openFileSource(path);
    try {
      expect(await checkUpload(source, 'giao-an.docx')).toMatchObject({ ok: true, category: 'docx' });
    } finally {
      await source.close();
      await rm(directory, { recursive: true, force: true, maxRetries: 5 });
    }
  });

  it('allows every category except executables and unknown content', () => {
    expect(isAllowedCategory('html5-package')).toBe(true);
    expect(isAllowedCategory('executable')).toBe(false);
    expect(isAllowedCategory('unknown')).toBe(false);
  });
});
