import { describe, expect, it } from 'vitest';
import { parseGift } from '../src/text/gift.js';

const located = (q: { problems: { code: string; location: string | null; severity: string }[] }) =>
  q.problems.map((p) => [p.code, p.location, p.severity]);

describe('GIFT syntax errors: located by line, never merged', () => {
  it('three questions without blank lines are three questions, not one garbled "ready" one', () => {
    const { questions } = parseGift(
      '::Q1:: 1 + 1 = ? {=2 ~3 ~4}\n::Q2:: 2 + 2 = ? {=4 ~5 ~6}\n::Q3:: 3 + 3 = ? {=6 ~7 ~8}\n',
    );
    expect(questions.map((q) => [q.metadata.title, q.stem])).toEqual([
      ['Q1', '1 + 1 = ?'],
      ['Q2', '2 + 2 = ?'],
      ['Q3', '3 + 3 = ?'],
    ]);
    expect(questions.map((q) => q.options.find((o) => o.correct)?.html)).toEqual(['2', '4', '6']);
    expect(located(questions[0]!)).toEqual([]);
    expect(located(questions[1]!)).toEqual([['SYNTAX', 'dòng 2', 'error']]);
    expect(located(questions[2]!)).toEqual([['SYNTAX', 'dòng 3', 'error']]);
  });

  it('a question without a title starting after a closed "}" is split off too', () => {
    const { questions } = parseGift('Câu một {=a ~b}\nCâu hai\nvẫn là câu hai {=c ~d}\n\nCâu ba {T}');
    expect(questions.map((q) => q.stem)).toEqual(['Câu một', 'Câu hai<br>vẫn là câu hai', 'Câu ba']);
    expect(located(questions[1]!)).toEqual([['SYNTAX', 'dòng 2', 'error']]);
    expect(located(questions[2]!)).toEqual([]);
  });

  it('a ::title:: right after a text line without block starts a new question', () => {
    const { questions } = parseGift('Phần mở đầu\n::Q2:: Hai? {=a ~b}');
    expect(questions.map((q) => [q.stem, q.metadata.title])).toEqual([
      ['Phần mở đầu', undefined],
      ['Hai?', 'Q2'],
    ]);
    expect(questions[0]!.problems.map((p) => p.code)).toEqual(['UNSUPPORTED_QUESTION']);
    expect(located(questions[1]!)).toEqual([['SYNTAX', 'dòng 2', 'error']]);
  });

  it('text after "}" on the next line with no new block stays in the question (missing word)', () => {
    const { questions } = parseGift('Hà Nội là {=thủ đô ~thành phố lớn nhất}\ncủa Việt Nam.');
    expect(questions).toHaveLength(1);
    expect(questions[0]!.stem).toBe('Hà Nội là _____<br>của Việt Nam.');
    expect(questions[0]!.problems).toEqual([]);
  });

  it('a missing "}" that runs into the next question is reported at the "{" line', () => {
    const { questions } = parseGift('// đề\n::Q1:: Một? {=a ~b\n::Q2:: Hai? {=c ~d}\n\n::Q3:: Ba? {=e ~f}');
    expect(questions).toHaveLength(3);
    expect(located(questions[0]!)).toEqual([['SYNTAX', 'dòng 2', 'error']]);
    expect(questions[0]!.options).toEqual([]);
    expect(questions[1]).toMatchObject({ stem: 'Hai?', problems: [] });
    expect(questions[1]!.options.map((o) => o.html)).toEqual(['c', 'd']);
    expect(questions[2]).toMatchObject({ stem: 'Ba?', problems: [] });
  });

  it('a missing "}" before a blank line, and a new block opened inside one, are errors', () => {
    const { questions } = parseGift('Một? {=a ~b\n\nHai? {=c ~d}\nBa? {=e {~f}\n\nBốn? {=g ~h}');
    expect(questions.map(located)).toEqual([
      [['SYNTAX', 'dòng 1', 'error']],
      [],
      [
        ['SYNTAX', 'dòng 4', 'error'],
        ['SYNTAX', 'dòng 4', 'error'],
      ],
      [],
    ]);
    expect(questions[3]!.options.map((o) => o.html)).toEqual(['g', 'h']);
  });

  it('a "}" without "{" is reported; the next question is unaffected', () => {
    const { questions } = parseGift('Một? {=a ~b}}\n\nHai} ba\n\nBốn? {=c ~d}');
    expect(located(questions[0]!)).toEqual([['SYNTAX', 'dòng 1', 'error']]);
    expect(located(questions[1]!)).toEqual([['SYNTAX', 'dòng 3', 'error']]);
    expect(questions[2]!.problems).toEqual([]);
  });

  it('two blocks in one question (several blanks) are unsupported', () => {
    const { questions } = parseGift('Có {=hai ~ba} chỗ {=trống ~đầy}.');
    expect(questions[0]!.problems.map((p) => [p.code, p.location])).toContainEqual([
      'UNSUPPORTED_QUESTION',
      'dòng 1',
    ]);
  });

  it('line numbers count the comment lines left out', () => {
    const { questions } = parseGift('// một\n// hai\nHỏi?\n{\n// chú thích\n=a\n~%200%b\n}');
    expect(located(questions[0]!)).toContainEqual(['SYNTAX', 'dòng 7', 'error']);
  });

  it('an unclosed ::title:: is reported', () => {
    const { questions } = parseGift('::Tên Một? {=a ~b}');
    expect(questions[0]!.problems.map((p) => [p.code, p.location])).toContainEqual(['SYNTAX', 'dòng 1']);
  });
});

describe('GIFT categories and unsupported types', () => {
  it('$CATEGORY: applies to the questions after it, even without a blank line', () => {
    const { questions } = parseGift(
      'Đầu {T}\n\n$CATEGORY: $course$/Toán 10/Hàm số\n::A:: Một {T}\n\n$CATEGORY: Lý\n\nHai {F}',
    );
    expect(questions.map((q) => q.metadata.category)).toEqual([undefined, '$course$/Toán 10/Hàm số', 'Lý']);
    expect(questions.every((q) => q.problems.length === 0)).toBe(true);
  });

  it('matching and description items are reported by name', () => {
    const { questions } = parseGift('Ghép {=Canada -> Ottawa =Ý -> Rome}\n\nChỉ là một đoạn mô tả.');
    expect(questions.map((q) => q.problems.map((p) => [p.code, p.message]))).toEqual([
      [['UNSUPPORTED_QUESTION', 'Loại câu hỏi này chưa được hỗ trợ; đã bỏ qua. (ghép đôi (matching))']],
      [
        [
          'UNSUPPORTED_QUESTION',
          'Loại câu hỏi này chưa được hỗ trợ; đã bỏ qua. (đoạn mô tả (description) không có đáp án)',
        ],
      ],
    ]);
  });

  it('a missing-word choice keeps a visible blank where the block was', () => {
    const { questions } = parseGift('Grant được {~chôn =an táng ~sống} trong lăng Grant.');
    expect(questions[0]).toMatchObject({ type: 'single_choice', stem: 'Grant được _____ trong lăng Grant.' });
  });

  it('essays, with or without general feedback', () => {
    const { questions } = parseGift('Cảm nghĩ? {}\n\nBình luận {####Gợi ý: nêu ý chính}');
    expect(questions.map((q) => [q.type, q.solution, q.problems.length])).toEqual([
      ['essay', null, 0],
      ['essay', 'Gợi ý: nêu ý chính', 0],
    ]);
  });
});
