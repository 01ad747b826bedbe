import { type ImportedQuestion, importResultSchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { exportMoodleXml } from '../src/moodle/moodle-export.js';
import { parseMoodleXml } from '../src/moodle/moodle-import.js';
import { emptyQuestion } from '../src/question.js';
import { choices } from '../testing/index.js';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><quiz>${questions.join('')}</quiz>`;
const text = (html: string) => `<text><![CDATA[${html}]]></text>`;
const question = (fields: Partial<ImportedQuestion>): ImportedQuestion => ({
  ...emptyQuestion('Câu 1'),
  ...fields,
});

describe('Moodle truefalse', () => {
  const tf = (fractionTrue: string, fractionFalse: string) =>
    quiz(`<question type="truefalse"><name><text>TF</text></name><questiontext format="html">${text('Trái Đất quay quanh Mặt Trời')}</questiontext>
      <answer fraction="${fractionFalse}"><text>false</text><feedback format="html">${text('Sai rồi')}</feedback></answer>
      <answer fraction="${fractionTrue}"><text>true</text><feedback format="html">${text('Chính xác')}</feedback></answer></question>`);

  it('is read as a single choice Đúng/Sai by the answer texts, with their feedback', () => {
    const [q] = parseMoodleXml(tf('100', '0')).questions;
    expect(q).toMatchObject({ type: 'single_choice', metadata: { sourceType: 'truefalse' }, problems: [] });
    expect(q?.options).toEqual([
      { label: 'A', html: 'Đúng', correct: true, feedback: 'Chính xác' },
      { label: 'B', html: 'Sai', correct: false, feedback: 'Sai rồi' },
    ]);
    expect(parseMoodleXml(tf('0', '100')).questions[0]?.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('is written back as truefalse, and so is any single choice Đúng/Sai', () => {
    const [q] = parseMoodleXml(tf('0', '100')).questions;
    const xml = exportMoodleXml([q as ImportedQuestion]);
    expect(xml).toContain('<question type="truefalse">');
    expect(xml).toMatch(/<answer fraction="0" format="html"><text><!\[CDATA\[true\]\]><\/text>/);
    expect(parseMoodleXml(xml).questions).toEqual([q]);
    const plain = question({
      type: 'single_choice',
      stem: 'Nước sôi ở 100 °C',
      options: choices('A', 'Đúng', 'Sai'),
    });
    const written = exportMoodleXml([plain]);
    expect(written).toContain('<question type="truefalse">');
    expect(parseMoodleXml(written).questions[0]).toEqual({ ...plain, metadata: { sourceType: 'truefalse' } });
  });

  it('a choice Đúng/Sai with credits stays multichoice, negative fractions kept', () => {
    const q = question({
      type: 'single_choice',
      stem: 'Câu hỏi',
      options: [
        { label: 'A', html: 'Đúng', correct: true },
        { label: 'B', html: 'Sai', correct: false, credit: -0.5 },
      ],
    });
    const xml = exportMoodleXml([q]);
    expect(xml).toContain('<question type="multichoice">');
    expect(xml).toContain('fraction="-50"');
    expect(parseMoodleXml(xml).questions).toEqual([q]);
  });
});

describe('Moodle text fields', () => {
  it('appends a Moodle 1.9 <image>/<image_base64> to the stem and keeps @@PLUGINFILE@@ files', () => {
    const result = parseMoodleXml(
      quiz(`<question type="essay"><name><text>Ảnh</text></name>
        <questiontext format="html">${text('<p>Xem hình <img src="@@PLUGINFILE@@/a%20b.png" alt="hình a" width="40"></p>')}
          <file name="a b.png" path="/" encoding="base64">${PNG}</file></questiontext>
        <image>thu muc/cu.png</image><image_base64>${PNG}</image_base64></question>`),
    );
    expect(result.questions[0]?.stem).toBe(
      '<p>Xem hình <img src="embedded:a b.png" alt="hình a" width="40"></p> <img src="embedded:thu muc_cu.png" alt="">',
    );
    expect(result.images.map((i) => i.id)).toEqual(['a b.png', 'thu muc_cu.png']);
  });

  it('keeps answer feedback, hints, tags, general and combined feedback, and writes them back', () => {
    const xml = quiz(`<question type="multichoice"><name><text>Câu 1</text></name>
      <questiontext format="html">${text('Thủ đô?')}</questiontext>
      <generalfeedback format="html">${text('<p>Hà Nội là thủ đô từ 1010.</p>')}</generalfeedback>
      <single>true</single>
      <correctfeedback format="html">${text('Giỏi lắm')}</correctfeedback>
      <partiallycorrectfeedback format="html">${text('Gần đúng')}</partiallycorrectfeedback>
      <incorrectfeedback format="html">${text('Chưa đúng')}</incorrectfeedback>
      <answer fraction="100" format="html">${text('Hà Nội')}<feedback format="html">${text('Đúng')}</feedback></answer>
      <answer fraction="0" format="html">${text('Huế')}<feedback format="html">${text('Cố đô')}</feedback></answer>
      <hint format="html">${text('Nghĩ về năm 1010')}</hint><hint format="html">${text('Thăng Long')}</hint>
      <tags><tag><text>địa lý</text></tag><tag><text>lớp 5</text></tag><tag><text>level:hieu</text></tag></tags>
    </question>`);
    const [q] = importResultSchema.parse(parseMoodleXml(xml)).questions;
    expect(q).toMatchObject({
      solution: '<p>Hà Nội là thủ đô từ 1010.</p>',
      feedback: { correct: 'Giỏi lắm', partial: 'Gần đúng', incorrect: 'Chưa đúng' },
      hints: ['Nghĩ về năm 1010', 'Thăng Long'],
      level: 'hieu',
      metadata: { tags: ['địa lý', 'lớp 5'] },
    });
    expect(q?.options.map((o) => o.feedback)).toEqual(['Đúng', 'Cố đô']);
    const again = exportMoodleXml([q as ImportedQuestion]);
    expect(again).toContain('<hint format="html">');
    expect(again).toContain('<incorrectfeedback format="html">');
    expect(parseMoodleXml(again).questions).toEqual([q]);
  });

  it('essay: grader information is the rubric; attachments are reported', () => {
    const [q] = parseMoodleXml(
      quiz(`<question type="essay"><name><text>TL</text></name><questiontext format="html">${text('Viết')}</questiontext>
        <responseformat>editor</responseformat><attachments>1</attachments>
        <graderinfo format="html">${text('<p>Ý 1: 0,5 điểm</p>')}</graderinfo></question>`),
    ).questions;
    expect(q).toMatchObject({ type: 'essay', rubric: '<p>Ý 1: 0,5 điểm</p>' });
    expect(q?.problems.map((p) => [p.code, p.severity])).toEqual([['ESSAY_ATTACHMENTS', 'warning']]);
  });
});

describe('Moodle math', () => {
  it('reads $$…$$, \\(…\\) and \\[…\\] anywhere as math markers, not inside <pre> or attributes', () => {
    const xml = quiz(`<question type="multichoice"><name><text>Câu 1</text></name>
      <questiontext format="html">${text('<p>Giải \\(x^2 &lt; 4\\) và $$\\frac{a}{b}$$</p><p title="\\(y\\)">\\[ \\sqrt{2} \\]</p><pre>\\(giữ\\)</pre>')}</questiontext>
      <generalfeedback format="html">${text('Vì \\(x=2\\)')}</generalfeedback>
      <answer fraction="100">${text('\\(2\\)')}</answer><answer fraction="0">${text('3')}<feedback>${text('$$3$$')}</feedback></answer>
      <hint>${text('\\(h\\)')}</hint></question>`);
    const [q] = parseMoodleXml(xml).questions;
    expect(q?.stem).toBe(
      '<p>Giải <span class="math" data-latex="x^2 &lt; 4"></span> và <div class="math" data-latex="\\frac{a}{b}"></div></p>' +
        '<p title="\\(y\\)"><div class="math" data-latex="\\sqrt{2}"></div></p><pre>\\(giữ\\)</pre>',
    );
    expect(q?.solution).toBe('Vì <span class="math" data-latex="x=2"></span>');
    expect(q?.options[0]?.html).toBe('<span class="math" data-latex="2"></span>');
    expect(q?.options[1]?.feedback).toBe('<div class="math" data-latex="3"></div>');
    expect(q?.hints).toEqual(['<span class="math" data-latex="h"></span>']);
  });

  it('writes math as \\(…\\) and \\[…\\] for Moodle MathJax, and reads it back', () => {
    const q = question({
      type: 'short_answer',
      stem: 'Tính <span class="math" data-latex="\\frac{1}{2}&lt;x &amp; y"></span><div class="math" data-latex="a&quot;b"></div>',
      answer: { accepted: ['0,5'], tolerance: null },
    });
    const xml = exportMoodleXml([q]);
    expect(xml).toContain('Tính \\(\\frac{1}{2}&lt;x &amp; y\\)\\[a&quot;b\\]');
    expect(parseMoodleXml(xml).questions).toEqual([q]);
  });
});

describe('Moodle types without an equivalent', () => {
  it('reports each one with its Moodle type; nothing is dropped without a line', () => {
    const types = [
      'description',
      'match',
      'ddwtos',
      'gapselect',
      'ordering',
      'calculated',
      'calculatedmulti',
      'randomsamatch',
      'multianswer',
      'foo',
    ];
    const xml = quiz(
      ...types.map(
        (type) =>
          `<question type="${type}"><name><text>${type}</text></name><questiontext format="html">${text('{1:SHORTANSWER:=a}')}</questiontext></question>`,
      ),
      `<question type="essay"><name><text>tệp</text></name><questiontext>${text('Nộp bài')}</questiontext><responseformat>noinline</responseformat></question>`,
    );
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([]);
    const lines = result.problems.filter((p) => p.code === 'UNSUPPORTED_QUESTION');
    expect(lines.map((p) => p.location)).toEqual([...types, 'tệp']);
    expect(lines.every((p) => p.severity === 'warning')).toBe(true);
    expect(lines[0]?.message).toContain('description: đoạn mô tả, không phải câu hỏi');
    expect(lines[8]?.message).toContain('multianswer: Cloze');
    expect(lines[10]?.message).toContain('essay: chỉ nộp tệp');
  });
});

describe('Moodle math on hostile text', () => {
  it('stays fast with thousands of unclosed delimiters', () => {
    const stem = '\\( $$ \\[ '.repeat(20_000);
    const started = Date.now();
    const result = parseMoodleXml(
      quiz(
        `<question type="essay"><name><text>x</text></name><questiontext>${text(stem)}</questiontext></question>`,
      ),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.questions).toHaveLength(1);
  });
});

describe('Moodle text formats', () => {
  it('escapes plain_text and keeps line breaks of plain and auto-formatted text', () => {
    const [q] = parseMoodleXml(
      quiz(`<question type="essay"><name><text>x</text></name><questiontext format="plain_text"><text>a &lt; b
và \\(x\\)</text></questiontext><generalfeedback format="moodle_auto_format"><text>dòng 1
dòng 2</text></generalfeedback></question>`),
    ).questions;
    expect(q?.stem).toBe('a &lt; b<br>và <span class="math" data-latex="x"></span>');
    expect(q?.solution).toBe('dòng 1<br>dòng 2');
  });
});
