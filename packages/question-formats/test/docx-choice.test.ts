import { importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../src/index.js';
import { docx, p, r, table } from './docx-writer.js';

const correct = (q: { options: { label: string; correct: boolean }[] }) =>
  q.options.filter((o) => o.correct).map((o) => o.label);

describe('parseDocx: multiple choice', () => {
  it('reads the correct option marked by underline, red text or a leading star', async () => {
    const file = await docx([
      p(r('ĐỀ KIỂM TRA GIỮA KÌ I', { b: true })),
      p(r('Câu 1.', { b: true }), ' Thủ đô của Việt Nam là'),
      p('A. Huế\tB. Đà Nẵng\t', r('C.', { u: true }), ' Hà Nội\tD. Sài Gòn'),
      p(r('Câu 2:', { b: true }), ' Số nào là số nguyên tố?'),
      p('A. 4'),
      p(r('B. 7', { color: 'FF0000' })),
      p('C. 9'),
      p('D. 15'),
      p('Câu 3 Chọn câu ', r('đúng', { b: true, i: true })),
      p('A. 1 + 1 = 3\tB. 2 > 3\t*C. 2 < 3\tD. 0 > 1'),
      p('Câu 4. Màu đỏ sẫm cũng được'),
      p('A. x\t', r('B. y', { color: 'C00000' }), '\tC. z\tD. t'),
    ]);
    const result = await parseDocx(file);
    expect(importResultSchema.parse(result)).toBeTruthy();
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.number)).toEqual(['Câu 1', 'Câu 2', 'Câu 3', 'Câu 4']);
    expect(result.questions.map(correct)).toEqual([['C'], ['B'], ['C'], ['B']]);
    const [q1, , q3] = result.questions;
    expect(q1!.type).toBe('single_choice');
    expect(q1!.stem).toBe('Thủ đô của Việt Nam là');
    expect(q1!.options.map((o) => o.html)).toEqual(['Huế', 'Đà Nẵng', 'Hà Nội', 'Sài Gòn']);
    expect(q3!.stem).toBe('Chọn câu <strong><em>đúng</em></strong>');
    expect(q3!.options[2]!.html).toBe('2 &lt; 3');
    for (const q of result.questions) expect(q.problems).toEqual([]);
  });

  it('does not render the underline that marks the answer, keeps other underlines', async () => {
    const result = await parseDocx(
      await docx([
        p('Câu 1. Gạch ', r('chân', { u: true })),
        p('A. một\t', r('B. hai', { u: true }), '\tC. ba'),
      ]),
    );
    const q = result.questions[0]!;
    expect(q.stem).toBe('Gạch <u>chân</u>');
    expect(q.options[1]).toEqual({ label: 'B', html: 'hai', correct: true });
  });

  it('reads answers from a BẢNG ĐÁP ÁN table and from "1-A" text', async () => {
    const file = await docx([
      p('PHẦN I. Câu trắc nghiệm nhiều phương án lựa chọn'),
      p('Câu 1. Một'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('Câu 2. Hai'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('Câu 3. Ba'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('Câu 4. Bốn'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('----- HẾT -----'),
      p(r('BẢNG ĐÁP ÁN', { b: true })),
      table([
        ['Câu', '1', '2'],
        ['Đáp án', 'D', 'A'],
      ]),
      p('3.B  4C  9-A'),
    ]);
    const result = await parseDocx(file);
    expect(result.questions.map(correct)).toEqual([['D'], ['A'], ['B'], ['C']]);
    expect(result.questions.every((q) => q.part === 'I')).toBe(true);
    expect(result.problems.map((x) => x.code)).toEqual(['ANSWER_FOR_MISSING_QUESTION']);
    expect(result.problems[0]!.message).toContain('câu 9');
  });

  it('reports a missing answer, two answers and too few options per question', async () => {
    const file = await docx([
      p('Câu 1. Không có đáp án'),
      p('A. a\tB. b\tC. c\tD. d'),
      p('Câu 2. Hai đáp án'),
      p(r('A. a', { u: true }), '\t', r('B. b', { u: true }), '\tC. c\tD. d'),
      p('Câu 3. Một phương án'),
      p(r('A. a', { u: true })),
    ]);
    const result = await parseDocx(file);
    expect(result.questions.map((q) => q.problems.map((x) => x.code))).toEqual([
      ['NO_CORRECT_ANSWER'],
      ['MULTIPLE_CORRECT'],
      ['TOO_FEW_OPTIONS'],
    ]);
    expect(result.questions[0]!.problems[0]).toMatchObject({ severity: 'error', location: 'Câu 1' });
  });

  it('accepts "Bài 1", bare "1." numbering and level tags; warns about a conflicting key', async () => {
    const bare = await parseDocx(
      await docx([
        p('1. Câu (NB) một'),
        p('A. x\tB. y'),
        p('2. Hai'),
        p('A. x\t', r('B. y', { u: true })),
        p('ĐÁP ÁN'),
        p('2-A'),
      ]),
    );
    expect(bare.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(bare.questions[1]!.problems.map((x) => x.code)).toEqual(['ANSWER_CONFLICT']);
    expect(correct(bare.questions[1]!)).toEqual(['A']);
    const bai = await parseDocx(
      await docx([p('Bài 1 [TH]: Tính'), p(r('A. 1', { color: 'FF0000' }), '\tB. 2')]),
    );
    expect(bai.questions[0]).toMatchObject({ number: 'Bài 1', level: 'hieu', stem: 'Tính' });
  });
});
