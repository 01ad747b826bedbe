import { buildZip } from '@hoclieu/media/testing';
import { emptyQuestion, exportQuestions } from '@hoclieu/question-formats';
import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { postFile } from './import-files.js';
import {
  aikenFile,
  approvedQuestion,
  choiceQuestion,
  createQuestion,
  nearDuplicates,
  post,
} from './question-fixtures.js';
import { get, type World } from './world.js';

const { t, w } = await fileWorld();

type Client = World['teacher']['client'];
type Preview = {
  format: string | null;
  items: {
    number: string;
    content: { type: string; stem: string; options: { correct: boolean }[] };
    meta: object;
    problems: { code: string; severity: string; location: string }[];
    similar: { id: string; stemText: string }[];
  }[];
  problems: { code: string; message: string }[];
};

/** An essay as an importer gives it, to send through an exported file. */
const essayWith = (stem: string) => ({ ...emptyQuestion('1'), type: 'essay' as const, stem });

const preview = async (client: Client, content: Buffer, fileName: string) =>
  postFile(client, '/api/questions/import/preview', content, fileName);

const AIKEN = aikenFile(`
Thủ đô của Việt Nam là?
A. Huế
B. Hà Nội
C. Đà Nẵng
ANSWER: B

Câu có đáp án không tồn tại
A. x
B. y
ANSWER: E

Sông dài nhất Việt Nam chảy qua nhiều nước là?
A. Sông Hồng
B. Sông Mê Kông
ANSWER: B
`);

describe('importing questions', () => {
  it('previews every question with its problems and saves nothing', async () => {
    const response = await preview(w.teacher.client, AIKEN, 'dia-li.txt');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Preview;
    expect(body.format).toBe('aiken');
    expect(body.items).toHaveLength(3);
    expect(body.items[1]?.problems).toContainEqual(
      expect.objectContaining({ code: 'ANSWER_LABEL_UNKNOWN', severity: 'error' }),
    );
    expect(body.items[0]?.problems).toEqual([]);
    expect(await t.db.question.count()).toBe(0);
  });

  it('saves the good items, reports the bad one by its number, and keeps a fixed one', async () => {
    const { items } = (await preview(w.teacher.client, AIKEN, 'dia-li.txt')).json() as Preview;
    const broken = await post(w.teacher.client, '/api/questions/import', { items });
    expect(broken.json().created.map((c: { number: string }) => c.number)).toEqual(['1', '3']);
    expect(broken.json().failed).toEqual([
      expect.objectContaining({
        index: 1,
        number: '2',
        problems: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]),
      }),
    ]);
    // The teacher fixes item 2 in the preview and imports it, submitted for review at once.
    const fixed = structuredClone(items[1]) as NonNullable<Preview['items'][number]>;
    (fixed.content.options[0] as { correct: boolean }).correct = true;
    const second = (
      await post(w.teacher.client, '/api/questions/import', { items: [fixed], submit: true })
    ).json();
    const detail = (await get(w.teacher.client, `/api/questions/${second.created[0].id}`)).json();
    expect(detail).toMatchObject({ status: 'submitted', requestedScope: 'school' });
    expect(detail.meta.source).toBe('dia-li.txt');
  });

  it('reports a file it cannot read as a problem, never a crash', async () => {
    const notDocx = (
      await preview(w.teacher.client, Buffer.from('không phải word'), 'de-thi.docx')
    ).json() as Preview;
    expect(notDocx.items).toEqual([]);
    expect(notDocx.problems[0]?.code).toBe('NOT_A_DOCX');

    const xxe = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="essay"><questiontext><text>&x;</text></questiontext></question></quiz>',
    );
    const refused = (await preview(w.teacher.client, xxe, 'moodle.xml')).json() as Preview;
    expect(refused.problems[0]?.code).toBe('XML_DOCTYPE');
    expect(JSON.stringify(refused)).not.toContain('root:');

    const unknown = (await preview(w.teacher.client, Buffer.from([0, 1, 2, 3]), 'a.bin')).json() as Preview;
    expect(unknown.problems[0]?.code).toBe('UNKNOWN_FORMAT');

    const bomb = await buildZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(80 * 1024 * 1024, 32) },
    ]);
    const started = Date.now();
    const exploded = (await preview(w.teacher.client, bomb, 'bom.docx')).json() as Preview;
    expect(exploded.items).toEqual([]);
    expect(exploded.problems[0]?.message).toMatch(/quá lớn|không an toàn/);
    expect(Date.now() - started).toBeLessThan(10_000);

    const tooLarge = await preview(w.teacher.client, Buffer.alloc(3 * 1024 * 1024, 65), 'lon.txt');
    expect(tooLarge.statusCode).toBe(413);
  });

  it('keeps students out of import', async () => {
    expect((await preview(w.student.client, AIKEN, 'a.txt')).statusCode).toBe(403);
    expect(
      (await post(w.student.client, '/api/questions/import', { items: [choiceQuestion('x')] })).statusCode,
    ).toBe(403);
  });

  it('stores a web image once and drops anything else, saying so', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const question = essayWith('Xem hình <img src="embedded:img1" alt=""><img src="embedded:img2" alt="">');
    const file = await exportQuestions([question], 'moodle_xml', [
      { id: 'img1', contentType: 'image/png', dataBase64: png.toString('base64') },
      { id: 'img2', contentType: 'image/x-wmf', dataBase64: Buffer.from('not an image').toString('base64') },
    ]);
    const body = (await preview(w.teacher.client, file.bytes, 'hinh.xml')).json() as Preview;
    const stem = body.items[0]?.content.stem ?? '';
    const src = /src="(\/api\/question-images\/[0-9a-f]{64})"/.exec(stem)?.[1];
    expect(src).toBeDefined();
    expect(stem).not.toContain('embedded:');
    expect(body.items[0]?.problems.map((p) => p.code)).toContain('IMAGE_DROPPED');
    const image = await get(w.teacher.client, src as string);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(png)).toBe(true);
    // Students load the images of the papers they take; the address (SHA-256) is the capability.
    expect((await get(w.student.client, src as string)).statusCode).toBe(200);
    expect(
      (await get(w.student.client, (src as string).replace(/[0-9a-f]{64}$/, '0'.repeat(64)))).statusCode,
    ).toBe(404);
  });
});

describe('SVG pictures in an import', () => {
  const svg = (body: string) =>
    Buffer.from(
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="80" height="30">${body}</svg>`,
    ).toString('base64');

  it('stores an equation preview drawn as SVG as a PNG, and drops an SVG that points outside itself', async () => {
    const file = await exportQuestions(
      [essayWith('Tính <img src="embedded:eq1" alt=""> và <img src="embedded:eq2" alt="">')],
      'moodle_xml',
      [
        { id: 'eq1', contentType: 'image/svg+xml', dataBase64: svg('<text x="2" y="20">x² + 1</text>') },
        {
          id: 'eq2',
          contentType: 'image/svg+xml',
          dataBase64: svg('<image xlink:href="file:///etc/passwd" width="9" height="9"/>'),
        },
      ],
    );
    const body = (await preview(w.teacher.client, file.bytes, 'svg.xml')).json() as Preview;
    const stem = body.items[0]?.content.stem ?? '';
    const sources = [...stem.matchAll(/src="(\/api\/question-images\/[0-9a-f]{64})"/g)].map((m) => m[1]);
    expect(sources).toHaveLength(1);
    expect(body.items[0]?.problems.map((p) => p.code)).toContain('IMAGE_DROPPED');
    const image = await get(w.teacher.client, sources[0] as string);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('near-duplicates in an import preview', () => {
  it('links each item to close questions in scope, in one pass for the whole file, never out of scope', async () => {
    const { original, hidden } = await nearDuplicates(
      w,
      'Một vật dao động điều hoà với biên độ 5 cm và chu kì 2 s, tính tốc độ cực đại',
      'Một vật dao động điều hoà với biên độ 5 cm và chu kì 2 s, tính gia tốc cực đại',
    );
    const file = aikenFile(`
Một vật dao động điều hoà với biên độ 5 cm và chu kì 2 s. Tính tốc độ cực đại.
A. 5π cm/s
B. 10π cm/s
ANSWER: A

Tính:
A. 1
B. 2
ANSWER: A

Nêu định luật bảo toàn năng lượng trong dao động điều hoà
A. Đúng
B. Sai
ANSWER: A
`);
    const body = (await preview(w.teacher.client, file, 'vat-li.txt')).json() as Preview;
    expect(body.items.map((item) => item.similar.map((s) => s.id))).toEqual([[original.id], [], []]);
    expect(body.items[0]?.similar[0]?.stemText).toContain('tốc độ cực đại');
    expect(JSON.stringify(body)).not.toContain(hidden.id);
  });
});

describe('exporting questions', () => {
  it('exports visible questions to Moodle XML and QTI 3.0, and the file imports back the same', async () => {
    const q = await approvedQuestion(
      w.teacher.client,
      w.schoolAdmin.client,
      'Dao động điều hòa có phương trình',
    );
    const original = (await get(w.teacher.client, `/api/questions/${q.id}`)).json();
    for (const [format, fileName] of [
      ['moodle_xml', 'questions.xml'],
      ['qti3', 'questions-qti3.zip'],
    ] as const) {
      const file = await post(w.teacher.client, '/api/questions/export', { format, ids: [q.id] });
      expect(file.statusCode, file.body).toBe(200);
      expect(file.headers['content-disposition']).toContain(fileName);
      const back = (await preview(w.teacher.client, file.rawPayload, fileName)).json() as Preview;
      expect(back.items[0]?.content).toEqual(original.content);
    }
  });

  it('refuses to export a question the viewer cannot see', async () => {
    const hidden = await createQuestion(w.otherTeacher.client, choiceQuestion('Câu nháp của trường khác'));
    const response = await post(w.teacher.client, '/api/questions/export', {
      format: 'moodle_xml',
      ids: [hidden.id],
    });
    expect(response.statusCode).toBe(403);
  });
});
