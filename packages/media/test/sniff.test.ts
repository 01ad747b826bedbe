import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../src/index.js';
import { buildZip } from '../testing/index.js';
import { elfExecutable, peExecutable } from './binaries.js';
import { buildCompoundFile } from './cfb-builder.js';
import { buildDocx, buildPptx, run } from './office-builders.js';
import { buildPdf } from './pdf-builder.js';

const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url));

describe('sniffFile decides by content', () => {
  it('calls a PDF renamed .docx a pdf', async () => {
    expect(await sniffFile(buildPdf(['Phân số']), 'bai-giang.docx')).toEqual({
      mime: 'application/pdf',
      extension: 'pdf',
      category: 'pdf',
    });
  });

  it('calls a Windows program renamed .pdf an executable, and an ELF binary too', async () => {
    expect((await sniffFile(peExecutable(), 'de-thi.pdf')).category).toBe('executable');
    expect((await sniffFile(elfExecutable(), 'anh.png')).category).toBe('executable');
  });

  it('calls Java and Android packages executables', async () => {
    const jar = await buildZip([
      { name: 'META-INF/MANIFEST.MF', data: 'Main-Class: Game\n' },
      { name: 'Game.class', data: Buffer.from([0xca, 0xfe, 0xba, 0xbe]) },
    ]);
    expect(await sniffFile(jar, 'tro-choi.zip')).toMatchObject({ extension: 'jar', category: 'executable' });
    const apk = await buildZip([
      { name: 'AndroidManifest.xml', data: 'x' },
      { name: 'classes.dex', data: 'dex\n' },
    ]);
    expect(await sniffFile(apk, 'ung-dung.zip')).toMatchObject({ extension: 'apk', category: 'executable' });
    const classFile = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34, ...new Array(24).fill(0)]);
    expect((await sniffFile(classFile, 'Bai1.txt')).category).toBe('executable');
  });

  it('tells Word from PowerPoint zips by their parts, whatever the name', async () => {
    expect(await sniffFile(await buildDocx(['Xin chào']), 'tai-lieu.pdf')).toMatchObject({
      category: 'docx',
    });
    expect(await sniffFile(await buildPptx([[run('Xin chào')]]), 'slide.docx')).toMatchObject({
      category: 'pptx',
      extension: 'pptx',
    });
  });

  it('recognises images, video and audio', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await sniffFile(png, 'anh.jpg')).toEqual({
      mime: 'image/png',
      extension: 'png',
      category: 'image',
    });
    expect((await sniffFile(await fixture('tiny.mp4'), 'video.bin')).category).toBe('video');
    expect((await sniffFile(await fixture('tiny.webm'), 'video')).category).toBe('video');
    expect((await sniffFile(await fixture('tiny.mp3'), 'bai-hat.txt')).category).toBe('audio');
  });

  it('reads the head of a stream', async () => {
    const stream = Readable.from([buildPdf(['Một', 'Hai'])]);
    expect((await sniffFile(stream, 'x')).category).toBe('pdf');
    expect(stream.destroyed).toBe(true);
  });

  it('lets the name choose only the flavour of text', async () => {
    const text = Buffer.from('Phân số và số thập phân\nBài 1.\n', 'utf8');
    expect(await sniffFile(text, 'ghi-chu.txt')).toEqual({
      mime: 'text/plain',
      extension: 'txt',
      category: 'text',
    });
    expect(await sniffFile(text, 'bang.csv')).toMatchObject({ mime: 'text/csv', category: 'text' });
    expect((await sniffFile(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x9f]), 'ghi-chu.txt')).category).toBe(
      'unknown',
    );
  });

  it('refuses scripts: a shebang by content, Windows scripts by name when the content is text', async () => {
    expect((await sniffFile(Buffer.from('#!/bin/sh\nrm -rf /\n'), 'bai-tap.txt')).category).toBe(
      'executable',
    );
    for (const name of ['cai-dat.bat', 'x.cmd', 'x.ps1', 'x.vbs', 'x.js']) {
      expect((await sniffFile(Buffer.from('echo xin chao\r\n'), name)).category).toBe('executable');
    }
  });

  it('reads the directory of legacy Office files (and installers) instead of trusting the name', async () => {
    expect(await sniffFile(buildCompoundFile(['WordDocument']), 'giao-an.ppt')).toMatchObject({
      category: 'doc',
    });
    expect(await sniffFile(buildCompoundFile(['PowerPoint Document']), 'slide.doc')).toMatchObject({
      category: 'ppt',
    });
    const msi = buildCompoundFile(['Property'], '84100c0000000000c000000000000046');
    expect((await sniffFile(msi, 'giao-an.doc')).category).toBe('executable');
  });

  it('falls back to the name for a legacy Office head cut before its directory', async () => {
    const head = buildCompoundFile(['WordDocument']).subarray(0, 512);
    expect((await sniffFile(head, 'giao-an.doc')).category).toBe('doc');
    expect((await sniffFile(head, 'giao-an.bin')).category).toBe('unknown');
  });
});
