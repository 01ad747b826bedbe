import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseMoodleXml, parseQtiXml, parseQuestions } from '../src/index.js';
import { MAX_XML_DEPTH, parseXml } from '../src/xml.js';
import { docx } from './docx-writer.js';

/** Regressions found by the fuzzers of security/ (pnpm test:security). */

const timed = <T>(work: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
};

describe('format detection on hostile text', () => {
  // Each took 2.5 to 4.5 s before: the patterns backtracked quadratically (or exponentially).
  it.each([
    ['64 KB of "{"', '{'.repeat(64_000), null],
    ['blank lines', `x${'\n'.repeat(60_000)}`, null],
    ['spaces and blank lines', ' \n'.repeat(30_000), null],
    ['"{=" without a closing brace', `{${'='.repeat(60_000)}`, null],
    ['empty comments before no <quiz>', `${'<!---->'.repeat(40)}x`, null],
  ])('answers at once for %s', (_label, text, expected) => {
    const { value, ms } = timed(() => detectFormat('cau-hoi.txt', Buffer.from(text)));
    expect(value).toBe(expected);
    expect(ms).toBeLessThan(200);
  });

  it('still tells the formats apart', () => {
    const detect = (text: string) => detectFormat('cau-hoi.txt', Buffer.from(text));
    expect(detect('<?xml version="1.0"?><!-- a -- b --><!-- c --><quiz></quiz>')).toBe('moodle_xml');
    expect(detect('Hỏi?\nA. x\nB. y\nANSWER: B\r\n')).toBe('aiken');
    // A lowercase answer letter is Aiken too (the reader accepts "ANSWER: b").
    expect(detect('Hỏi?\nA. x\nB. y\n  ANSWER : b\n')).toBe('aiken');
    expect(detect('Hỏi?\nA. x\nB. y\n  ANSWER : x\n')).toBe(null);
    expect(detect('Hỏi? {=a ~b}\nANSWER: A')).toBe('gift');
    expect(detect('Viết {}')).toBe('gift');
    expect(detect('{ lạc { =a ~b }')).toBe('gift');
  });

  it('reports a broken .docx as a Word problem even when its bytes look like GIFT', async () => {
    // A .docx whose zip header was damaged holds "{...}" somewhere: it was parsed as GIFT before.
    const broken = Buffer.concat([Buffer.from([0x50, 0x30, 0x25]), Buffer.from('Câu {=a ~b} \xff')]);
    expect(detectFormat('de-thi.docx', broken)).toBe('docx');
    expect((await parseQuestions(broken, 'de-thi.docx')).problems[0]?.code).toBe('NOT_A_DOCX');
  });
});

describe('deeply nested XML', () => {
  const nested = (depth: number, inner = '') => `${'<p>'.repeat(depth)}${inner}${'</p>'.repeat(depth)}`;

  it('is refused with a clear error instead of overflowing the stack', async () => {
    // 30,000 levels ended in "RangeError: Maximum call stack size exceeded" in the tree walkers.
    const moodle = parseMoodleXml(
      `<quiz><question type="essay"><questiontext><text>${nested(30_000)}</text></questiontext></question>${nested(30_000)}</quiz>`,
    );
    expect(moodle.problems.map((p) => [p.code, p.message])).toEqual([
      ['XML_INVALID', `Nội dung XML không hợp lệ. (lồng quá ${MAX_XML_DEPTH} cấp)`],
    ]);
    const qti = await parseQtiXml(
      `<qti-assessment-item><qti-item-body>${nested(30_000)}<qti-extended-text-interaction/></qti-item-body></qti-assessment-item>`,
    );
    expect(importResultSchema.parse(qti).problems[0]?.code).toBe('XML_INVALID');
    const word = await parseQuestions(
      await docx([`<w:p><w:r><w:t>Câu 1. Hỏi</w:t></w:r></w:p>${nested(30_000).replace(/p>/g, 'w:p>')}`]),
      'de.docx',
    );
    expect(word.problems[0]?.code).toBe('XML_INVALID');
  });

  it('accepts real nesting depths', () => {
    expect(parseXml(`<quiz>${nested(MAX_XML_DEPTH - 2)}</quiz>`).ok).toBe(true);
    expect(parseXml(`<quiz>${nested(MAX_XML_DEPTH)}</quiz>`).ok).toBe(false);
  });
});

describe('a Word file of very many questions', () => {
  it('is read in linear time', async () => {
    // Each paragraph rescanned every question so far: 10,000 one-line questions (a 30 KB .docx)
    // took about 30 s, 20,000 two minutes.
    const body = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<w:p><w:r><w:t>Câu ${i + 1}. Thủ đô là</w:t></w:r></w:p><w:p><w:r><w:t>A. Huế B. Hà Nội</w:t></w:r></w:p>`,
    );
    const file = await docx(body);
    const started = performance.now();
    const result = await parseQuestions(file, 'nhieu-cau.docx');
    expect(result.questions).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('text that is not UTF-8', () => {
  it('is refused with a message naming the legacy encodings, not imported as garbled letters', async () => {
    // "Hà Nội" as Windows-1258 bytes, read as UTF-8, would come out as "H\uFFFD N\uFFFDi" questions.
    const bytes = Buffer.concat([
      Buffer.from('Thủ đô là {=H'),
      Buffer.from([0xe0]),
      Buffer.from(' Nội ~Huế}'),
    ]);
    for (const fileName of ['cau-hoi.gift', 'cau-hoi.txt']) {
      const result = await parseQuestions(bytes, fileName);
      expect(result.questions).toEqual([]);
      expect(result.problems[0]?.code).toBe('NOT_UTF8');
      expect(result.problems[0]?.message).toMatch(/TCVN3/);
    }
    expect(
      (await parseQuestions(Buffer.from('\uFEFFThủ đô là {=Hà Nội ~Huế}'), 'a.gift')).questions,
    ).toHaveLength(1);
  });
});
