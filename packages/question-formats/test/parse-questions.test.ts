import { describe, expect, it } from 'vitest';
import { detectFormat, exportQuestions, parseQuestions } from '../src/index.js';
import { docx, p, r, zip } from './docx-writer.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('detectFormat and parseQuestions', () => {
  it('tells the formats apart by content', async () => {
    expect(detectFormat('de.docx', await docx([p('Câu 1')]))).toBe('docx');
    expect(detectFormat('goi.zip', await zip({ 'imsmanifest.xml': '<manifest/>' }))).toBe('qti');
    expect(detectFormat('a.xml', bytes('<?xml version="1.0"?>\n<quiz></quiz>'))).toBe('moodle_xml');
    expect(detectFormat('a.xml', bytes('<qti-assessment-item identifier="x">'))).toBe('qti');
    expect(detectFormat('a.txt', bytes('Hỏi?\nA. x\nB. y\nANSWER: A'))).toBe('aiken');
    expect(detectFormat('a.txt', bytes('Hỏi {=x ~y}'))).toBe('gift');
    expect(detectFormat('a.bin', bytes('xin chào'))).toBeNull();
  });

  it('never reads a web page or another XML document as GIFT, whatever braces its CSS holds', () => {
    const page =
      '\n\n<!DOCTYPE html>\n<html lang="vi"><style>body { color: red }</style><p>Hỏi {=x ~y}</p></html>';
    expect(detectFormat('trang.txt', bytes(page))).toBeNull();
    expect(detectFormat('trang.html', bytes(page))).toBeNull();
    expect(detectFormat('test.xml', bytes(page))).toBe('moodle_xml');
    expect(detectFormat('meta.txt', bytes('<?xml version="1.0"?><lom>{=x ~y}</lom>'))).toBeNull();
  });

  it('drops control characters from text formats (a page break, a stray NUL) and keeps the questions', async () => {
    const gift = await parseQuestions(bytes('Hỏi\u000c một {=x ~y}\n\nHai\u0000 {=a ~b}'), 'a.gift');
    const aiken = await parseQuestions(bytes('Hỏi\u0007?\nA. x\nB. y\u000b\nANSWER: A'), 'a.txt');
    for (const result of [gift, aiken]) {
      const texts: string[] = [];
      JSON.stringify(result, (_key, value) => (typeof value === 'string' && texts.push(value), value));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the API refuses
      expect(texts.filter((text) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text))).toEqual([]);
      expect(result.questions.length).toBeGreaterThan(0);
    }
    expect(gift.questions).toHaveLength(2);
    expect(aiken.questions[0]!.options[0]!.correct).toBe(true);
  });

  it('parses any supported file through one entry point, and exports Moodle XML', async () => {
    const word = await parseQuestions(
      await docx([p('Câu 1. Hỏi'), p('A. x\t', r('B. y', { u: true }))]),
      'de.docx',
    );
    expect(word.format).toBe('docx');
    expect(word.questions).toHaveLength(1);
    const aiken = await parseQuestions(bytes('Hỏi?\nA. x\nB. y\nANSWER: A'), 'a.txt');
    expect(aiken.questions[0]!.options[0]!.correct).toBe(true);
    const exported = await exportQuestions(word.questions, 'moodle_xml');
    const back = await parseQuestions(exported.bytes, exported.fileName);
    expect(back.format).toBe('moodle_xml');
    expect(back.questions[0]!.options.map((o) => o.correct)).toEqual([false, true]);
    const unknown = await parseQuestions(bytes('xin chào'), 'a.bin');
    expect(unknown.problems.map((x) => x.code)).toEqual(['UNKNOWN_FORMAT']);
  });
});
