import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/index.js';
import { docx, p, r } from './docx-writer.js';

const options = [p('A. 1'), p(r('B.', { u: true }), ' 2'), p('C. 3'), p('D. 4')];

/** Questions from their first lines, each followed by the same four options. */
const withOptions = (...stems: string[]) => stems.flatMap((stem) => [p(stem), ...options]);

async function read(...paragraphs: string[]) {
  return (await parseDocx(await docx(paragraphs))).questions;
}

/** A question's first line, and the stem, level and points read from it. */
type MarkedLine = [firstLine: string, stem: string, level: string | null, points?: number];

/** Reads the lines as questions (each with the same options): markers out of the stems, no problems. */
async function expectMarkersRead(lines: MarkedLine[]) {
  const questions = await read(...withOptions(...lines.map(([firstLine]) => firstLine)));
  expect(questions.map((q) => [q.stem, q.level, q.metadata.points])).toEqual(
    lines.map(([, stem, level, points]) => [stem, level, points]),
  );
  expect(questions.flatMap((q) => q.problems)).toEqual([]);
}

describe('parseDocx: level markers and points', () => {
  it('takes level markers after the number or at the end of the stem out of the text', () =>
    expectMarkersRead([
      ['Câu 1 (NB). Thủ đô của Việt Nam là', 'Thủ đô của Việt Nam là', 'biet'],
      ['Câu 2: Tính 1 + 1 (TH)', 'Tính 1 + 1', 'hieu'],
      ['Câu 3. [VD] Tính 2 + 0.', 'Tính 2 + 0.', 'van_dung'],
      ['Câu 4. Tính 4 : 2 [Nhận biết]', 'Tính 4 : 2', 'biet'],
      ['Câu 5. (Thông hiểu) Tính 3 - 1', 'Tính 3 - 1', 'hieu'],
      ['Câu 6. Tính căn bậc hai của 4 (VD).', 'Tính căn bậc hai của 4.', 'van_dung'],
    ]));

  it('maps VDC to Vận dụng with the tag "vận dụng cao"', async () => {
    const [a, b] = await read(
      ...withOptions('Câu 1 (VDC). Tìm m', 'Câu 2. Tìm giá trị lớn nhất (Vận dụng cao)'),
    );
    expect([a?.level, a?.metadata]).toEqual(['van_dung', { tags: ['vận dụng cao'] }]);
    expect([b?.level, b?.stem, b?.metadata]).toEqual([
      'van_dung',
      'Tìm giá trị lớn nhất',
      { tags: ['vận dụng cao'] },
    ]);
  });

  it('reads points before or after the level into metadata.points', () =>
    expectMarkersRead([
      ['Câu 1 (0,5 điểm) (NB). Tính 1 + 1', 'Tính 1 + 1', 'biet', 0.5],
      ['Câu 2. Tính 1 + 1 (TH) (1 điểm)', 'Tính 1 + 1', 'hieu', 1],
      ['Câu 3 [0.25đ]: Tính 1 + 1', 'Tính 1 + 1', null, 0.25],
      ['Câu 4 (VD - 0,75 điểm). Tính 1 + 1', 'Tính 1 + 1', 'van_dung', 0.75],
    ]));

  it('reads "Mức độ: ..." on its own line or ending the stem', async () => {
    const [a, b, c] = await read(
      p('Câu 1. Tính 1 + 1'),
      p('Mức độ: Nhận biết'),
      ...options,
      p('Câu 2. Tính 1 + 1. Mức độ: Vận dụng cao'),
      ...options,
      p('Câu 3. Cho hình vẽ.'),
      p('Tính diện tích (TH) (0,5 điểm)'),
      ...options,
    );
    expect([a?.stem, a?.level]).toEqual(['Tính 1 + 1', 'biet']);
    expect([b?.stem, b?.level, b?.metadata.tags]).toEqual(['Tính 1 + 1.', 'van_dung', ['vận dụng cao']]);
    expect([c?.stem, c?.level, c?.metadata.points]).toEqual([
      '<p>Cho hình vẽ.</p><p>Tính diện tích</p>',
      'hieu',
      0.5,
    ]);
  });

  it('leaves look-alikes inside the text alone: "(VD: ...)" is an example, not a level', async () => {
    const [a, b] = await read(
      ...withOptions(
        'Câu 1. Kể tên một kim loại (VD: sắt) có tính nhiễm từ.',
        'Câu 2. Đoạn (TH) nằm giữa câu không phải mức độ',
      ),
    );
    expect([a?.stem, a?.level]).toEqual(['Kể tên một kim loại (VD: sắt) có tính nhiễm từ.', null]);
    expect([b?.stem, b?.level]).toEqual(['Đoạn (TH) nằm giữa câu không phải mức độ', null]);
  });

  it('reads the markers of the questions of a group', async () => {
    const [group] = await read(
      p('Đọc đoạn văn sau và trả lời câu 1 đến câu 2.'),
      p('Hà Nội là thủ đô.'),
      p('Câu 1 (NB). Thủ đô là'),
      ...options,
      p('Câu 2. Vì sao? (VDC) (1 điểm)'),
      ...options,
    );
    expect(group?.children.map((q) => [q.stem, q.level, q.metadata])).toEqual([
      ['Thủ đô là', 'biet', {}],
      ['Vì sao?', 'van_dung', { points: 1, tags: ['vận dụng cao'] }],
    ]);
  });

  it('reads "(Chọn nhiều đáp án)" as a multiple-select question', async () => {
    const [q] = await read(
      p('Câu 1 (TH) (Chọn nhiều đáp án). Số chẵn là'),
      p(r('A.', { u: true }), ' 2'),
      p('B. 3'),
      p(r('C.', { u: true }), ' 4'),
    );
    expect([q?.type, q?.stem, q?.level, q?.problems]).toEqual(['multiple_select', 'Số chẵn là', 'hieu', []]);
    expect(q?.options.map((o) => o.correct)).toEqual([true, false, true]);
  });

  it('stays fast on hostile paragraphs: long runs of spaces or markers', async () => {
    const started = Date.now();
    const [q] = await read(p(`Câu 1. Tính${' '.repeat(100_000)}x${'(NB)'.repeat(20_000)} y`), ...options);
    expect(q?.level).toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
