import type { QuestionContent, QuestionContentInput } from '@hoclieu/contracts';
import { choices, credited, shortAnswer, withCredits } from '@hoclieu/question-formats/testing';
import { describe, expect, it } from 'vitest';
import { demoQuestionContents } from '../src/demo/questions.js';
import { fileWorld } from './file-app.js';
import { postFile } from './import-files.js';
import { createQuestion, post } from './question-fixtures.js';
import { get } from './world.js';

const { w } = await fileWorld();

const math = (latex: string) => `<span class="math" data-latex="${latex}"></span>`;

/** One question of each kind the exchange formats carry beyond the demo bank: credits, feedback, hints. */
const everyKind: QuestionContentInput[] = [
  {
    type: 'multiple_select',
    stem: `Chọn các số nguyên tố nhỏ hơn ${math('10')}.`,
    options: withCredits(choices('AC', '2', '4', '7', '9'), 0.5, -0.5, 0.5, -0.5),
    solution: 'Số nguyên tố chỉ có hai ước.',
  },
  {
    type: 'single_choice',
    stem: 'Một vật rơi tự do từ độ cao 20 m (lấy g = 10 m/s²). Thời gian rơi là',
    options: [
      { label: 'A', html: '2 s', correct: true },
      { label: 'B', html: '4 s', correct: false, credit: 0.5 },
      { label: 'C', html: '1 s', correct: false },
      { label: 'D', html: '0,5 s', correct: false },
    ],
  },
  {
    type: 'short_answer',
    stem: 'Tính chu kì (giây) của con lắc đơn dài 1 m, lấy g = π² m/s².',
    answer: shortAnswer(['2'], 0.01, credited('1', 0.5)),
  },
  {
    type: 'essay',
    stem: '<p>Trình bày ý nghĩa của định luật bảo toàn năng lượng.</p><pre><code>E = Wđ + Wt</code></pre>',
    solution: 'Xem <a href="https://vi.wikipedia.org/wiki/Năng_lượng">Năng lượng</a>.',
  },
];

type Preview = { items: { content: QuestionContent; problems: { code: string; severity: string }[] }[] };

/**
 * What a format may change without changing the question: Word writes a group's stem with its
 * "trả lời câu x đến câu y" opening, spells LaTeX its own way ("y= 2x", "{x}^{2}") and writes code as
 * one `<pre>`; no format keeps table sections (tbody). Word does not carry an essay's rubric.
 */
const sameLatex = (latex: string) => latex.replace(/\s+/g, '').replace(/\{(\w)\}/g, '$1');
const comparable = (html: string) =>
  html
    .replace(/^<p>Đọc thông tin sau và trả lời câu \d+ đến câu \d+\.<\/p>/, '')
    .replace(/<\/?tbody>/g, '')
    .replace(/<pre><code>([\s\S]*?)<\/code><\/pre>/g, '<pre>$1</pre>')
    .replace(/data-latex="([^"]*)"/g, (_m, latex: string) => `data-latex="${sameLatex(latex)}"`);
const sameContent = (content: QuestionContent, format: string): unknown =>
  JSON.parse(JSON.stringify(content), (key, value) => {
    if (key === 'rubric' && format === 'docx') return null;
    return typeof value === 'string' ? comparable(value) : value;
  });

describe('the demo bank and every kind of question through export and import', () => {
  it.each([
    ['docx', 'cau-hoi.docx'],
    ['moodle_xml', 'cau-hoi.xml'],
    ['qti3', 'cau-hoi.zip'],
  ] as const)('comes back the same from %s', async (format, fileName) => {
    const ids: string[] = [];
    for (const content of [...demoQuestionContents, ...everyKind])
      ids.push((await createQuestion(w.teacher.client, { content, meta: {} })).id);
    const stored = await Promise.all(
      ids.map(
        async (id) => (await get(w.teacher.client, `/api/questions/${id}`)).json().content as QuestionContent,
      ),
    );
    const file = await post(w.teacher.client, '/api/questions/export', { format, ids });
    expect(file.statusCode, file.body.slice(0, 300)).toBe(200);
    const back = (
      await postFile(w.teacher.client, '/api/questions/import/preview', file.rawPayload, fileName)
    ).json() as Preview;
    expect(back.items.flatMap((item) => item.problems.filter((p) => p.severity === 'error'))).toEqual([]);
    expect(back.items.map((item) => sameContent(item.content, format))).toEqual(
      stored.map((content) => sameContent(content, format)),
    );
  });
});
