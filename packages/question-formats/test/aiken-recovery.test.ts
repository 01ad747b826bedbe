import { describe, expect, it } from 'vitest';
import { parseAiken } from '../src/text/aiken.js';

const keys = (text: string) =>
  parseAiken(text).questions.map((q) => [q.stem, q.options.find((o) => o.correct)?.label ?? null]);
const located = (q: { problems: { code: string; location: string | null }[] }) =>
  q.problems.map((p) => [p.code, p.location]);

describe('Aiken options and answers', () => {
  it('accepts "A)text", "A. text", "A)" and a lowercase "ANSWER: b"', () => {
    const { questions, problems } = parseAiken('Chọn?\nA)một\nB. hai\nC)\nD) bốn\nANSWER: b\n');
    expect(problems).toEqual([]);
    expect(questions[0]!.options.map((o) => [o.label, o.html, o.correct])).toEqual([
      ['A', 'một', false],
      ['B', 'hai', true],
      ['C', '', false],
      ['D', 'bốn', false],
    ]);
    expect(questions[0]!.problems).toEqual([]);
  });

  it('reads CR-only and CRLF line ends', () => {
    expect(keys('Một?\r\nA. x\r\nB. y\r\nANSWER: A\r\n\r\nHai?\rA. x\rB. y\rANSWER: B')).toEqual([
      ['Một?', 'A'],
      ['Hai?', 'B'],
    ]);
  });

  it('refuses more than 8 options with the count', () => {
    const options = 'ABCDEFGHI'.split('').map((l) => `${l}. ${l.toLowerCase()}`);
    const q = parseAiken(`Chọn?\n${options.join('\n')}\nANSWER: I`).questions[0]!;
    expect(q.problems).toContainEqual(
      expect.objectContaining({
        code: 'TOO_MANY_OPTIONS',
        severity: 'error',
        message: 'Câu hỏi có 9 phương án; hệ thống chỉ hỗ trợ tối đa 8 (A–H).',
        location: 'dòng 1',
      }),
    );
    expect(q.options).toHaveLength(8);
    expect(q.problems.map((p) => p.code)).not.toContain('ANSWER_LABEL_UNKNOWN');
  });
});

describe('Aiken recovery (as Moodle)', () => {
  it("a question without ANSWER never takes the next question's answer", () => {
    const { questions } = parseAiken('Một?\nA. x\nB. y\n\nHai?\nA. p\nB. q\nANSWER: B\n');
    expect(questions.map((q) => [q.stem, q.options.find((o) => o.correct)?.label ?? null])).toEqual([
      ['Một?', null],
      ['Hai?', 'B'],
    ]);
    expect(located(questions[0]!)).toEqual([
      ['SYNTAX', 'dòng 1'],
      ['NO_CORRECT_ANSWER', '1'],
    ]);
    expect(questions[1]!.problems).toEqual([]);
  });

  it('also when no blank line separates them (the next line is followed by options)', () => {
    const { questions } = parseAiken('Một?\nA. x\nB. y\nHai?\nA. p\nB. q\nANSWER: A');
    expect(questions.map((q) => q.options.find((o) => o.correct)?.label ?? null)).toEqual([null, 'A']);
    expect(located(questions[0]!)[0]).toEqual(['SYNTAX', 'dòng 1']);
  });

  it('reports stray lines with their line number and recovers at the next question', () => {
    const { questions, problems } = parseAiken(
      'B. phương án lạc\nANSWER: A\n\nMột?\nA. x\nB. y\nlạc dòng\nANSWER: A\n\nHai?\nA. p\nB. q\nANSWER: B',
    );
    expect(problems.map((p) => [p.code, p.location])).toEqual([
      ['SYNTAX', 'dòng 1'],
      ['SYNTAX', 'dòng 2'],
    ]);
    expect(questions).toHaveLength(2);
    expect(located(questions[0]!)).toEqual([['SYNTAX', 'dòng 7']]);
    expect(questions[0]!.options.find((o) => o.correct)?.label).toBe('A');
    expect(questions[1]!.problems).toEqual([]);
  });

  it('a text line with no options before a blank line is reported, not merged into the next stem', () => {
    const { questions, problems } = parseAiken('ĐỀ KIỂM TRA 15 PHÚT\n\nHai?\nA. p\nB. q\nANSWER: B');
    expect(problems.map((p) => [p.code, p.location])).toEqual([['SYNTAX', 'dòng 1']]);
    expect(problems[0]!.message).toContain('ĐỀ KIỂM TRA 15 PHÚT');
    expect(questions.map((q) => [q.stem, q.problems])).toEqual([['Hai?', []]]);
  });

  it('a last text line without options is reported, and "Answer: ..." prose is not an ANSWER line', () => {
    const { questions, problems } = parseAiken('Answer: the following\nA. p\nB. q\nANSWER: A\n\nHết.');
    expect(questions.map((q) => [q.stem, q.options.find((o) => o.correct)?.label])).toEqual([
      ['Answer: the following', 'A'],
    ]);
    expect(problems.map((p) => [p.code, p.location])).toEqual([['SYNTAX', 'dòng 6']]);
  });

  it('a stem may run over several lines before the options', () => {
    expect(keys('Cho hàm số y = x².\nĐạo hàm là?\nA. 2x\nB. x\nANSWER: A')).toEqual([
      ['Cho hàm số y = x².<br>Đạo hàm là?', 'A'],
    ]);
  });

  it('an answer letter without its option is reported on its line', () => {
    const q = parseAiken('Hỏi?\nA. x\nB. y\nANSWER: E').questions[0]!;
    expect(located(q)).toEqual([
      ['ANSWER_LABEL_UNKNOWN', 'dòng 4'],
      ['NO_CORRECT_ANSWER', '1'],
    ]);
  });
});
