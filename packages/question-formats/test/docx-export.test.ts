import { describe, expect, it } from 'vitest';
import { openPackage } from '../src/docx/package-parts.js';
import { detectFormat, exportDocx, parseQuestions } from '../src/index.js';
import { choices, question, statements } from '../testing/index.js';
import { IMAGES, PAPER } from './docx-export-fixtures.js';
import { xmlParts } from './paper-package.js';
import { expectLosslessRoundTrip } from './round-trip.js';

describe('exportDocx', () => {
  it('round-trips a paper of every type through Word: parts, groups, math, images, tables, solutions, levels', async () => {
    const file = await expectLosslessRoundTrip(PAPER, 'docx', IMAGES);
    expect(file.fileName).toBe('cau-hoi.docx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(detectFormat(file.fileName, file.bytes)).toBe('docx');
  });

  it('writes a valid package: well-formed parts, real equations and pictures, every relationship resolved', async () => {
    const bytes = await exportDocx(PAPER, IMAGES, { title: 'Đề kiểm tra & ôn tập' });
    const parts = await xmlParts(bytes);
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/_rels/document.xml.rels',
      ]),
    );
    const document = parts.get('word/document.xml') ?? '';
    for (const element of [
      '<m:oMath>',
      '<m:oMathPara>',
      '<m:f>',
      '<m:rad>',
      '<m:acc>',
      '<m:m>',
      '<w:drawing>',
      '<w:tbl>',
    ])
      expect(document).toContain(element);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Đề kiểm tra &amp; ôn tập</dc:title>');
    const pkg = await openPackage(bytes);
    if (!pkg.ok) throw new Error('not a package');
    const rels = parts.get('word/_rels/document.xml.rels') ?? '';
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g))
      expect(pkg.paths).toContain(`word/${target}`);
    for (const [, id] of document.matchAll(/r:embed="([^"]+)"/g)) expect(rels).toContain(`Id="${id}"`);
    const types = parts.get('[Content_Types].xml') ?? '';
    for (const path of pkg.paths.filter((p) => p.startsWith('word/media/')))
      expect(types).toContain(`PartName="/${path}" ContentType="image/png"`);
  });

  it('keeps XML-special characters, Vietnamese (as NFC) and "(S)" at the end of a text', async () => {
    const special =
      'Kí tự &amp; &lt;b&gt; &quot;trích dẫn&quot; ]]&gt; và tiếng Việt: Đường thẳng đi qua điểm Ả';
    const questions = [
      question('Câu 1', {
        type: 'single_choice',
        stem: special.normalize('NFD'),
        options: [
          { label: 'A', html: 'Mặt cầu (S)', correct: true },
          {
            label: 'B',
            html: `<span class="math" data-latex="a&lt;b\\&amp; c&gt;d"></span>`,
            correct: false,
          },
        ],
      }),
      question('Câu 2', {
        type: 'true_false_group',
        stem: 'Xét mặt cầu (S).',
        statements: statements(
          'ĐSSĐ',
          'Điểm O thuộc (S)',
          'Bán kính bằng 2',
          'Tâm là gốc tọa độ',
          'Đi qua (1;0;0)',
        ),
      }),
    ];
    const result = await parseQuestions(await exportDocx(questions, []), 'a.docx');
    expect(result.questions).toEqual([{ ...questions[0], stem: special.normalize('NFC') }, questions[1]]);
  });

  it('drops characters XML cannot hold instead of writing a broken file', async () => {
    const bytes = await exportDocx([question('Câu 1', { stem: 'Một\u0001 hai\uFFFF ba' })], []);
    await xmlParts(bytes);
    expect((await parseQuestions(bytes, 'a.docx')).questions[0]?.stem).toBe('Một hai ba');
  });

  it('writes a multiple-select question marked "(Chọn nhiều đáp án)" with every answer underlined; it reads back as is', async () => {
    const multiSelect = question('Câu 1', {
      type: 'multiple_select',
      stem: 'Chọn số chẵn',
      options: choices('AC', '2', '3', '4'),
    });
    const back = (await parseQuestions(await exportDocx([multiSelect], []), 'a.docx')).questions[0];
    expect(back?.type).toBe('multiple_select');
    expect(back?.options).toEqual(multiSelect.options);
    expect(back?.problems).toEqual([]);
  });

  it('numbers questions afresh when their own numbers would not read back, and names a group in its intro', async () => {
    const questions = [
      question('1', { type: 'essay', stem: 'Một' }),
      question('Bài 7', { type: 'essay', stem: 'Hai' }),
      question('x', {
        type: 'group',
        stem: 'Đoạn văn chung.',
        children: [
          question('1', { type: 'essay', stem: 'Ba' }),
          question('2', { type: 'essay', stem: 'Bốn' }),
        ],
      }),
    ];
    const back = (await parseQuestions(await exportDocx(questions, []), 'a.docx')).questions;
    expect(back.map((x) => x.number)).toEqual(['Câu 1', 'Câu 2', 'Câu 3-4']);
    expect(back[2]?.stem).toBe('<p>Đọc thông tin sau và trả lời câu 3 đến câu 4.</p><p>Đoạn văn chung.</p>');
    expect(back[2]?.children.map((x) => [x.number, x.stem])).toEqual([
      ['Câu 3', 'Ba'],
      ['Câu 4', 'Bốn'],
    ]);
  });

  it('renumbers a group intro that names other questions instead of writing a second, stale one', async () => {
    const group = (stem: string) =>
      question('x', {
        type: 'group',
        stem,
        children: [
          question('1', { type: 'essay', stem: 'Ba' }),
          question('2', { type: 'essay', stem: 'Bốn' }),
        ],
      });
    const questions = [
      question('1', { type: 'essay', stem: 'Một' }),
      question('2', { type: 'essay', stem: 'Hai' }),
      group('<p>Dùng dữ kiện sau cho <em>các câu</em> 1 và 2:</p><p>Đoạn văn chung.</p>'),
      group('<p>Sử dụng thông tin sau để trả lời câu 1 đến câu 2.</p>'),
    ];
    const back = (await parseQuestions(await exportDocx(questions, []), 'a.docx')).questions;
    expect(back.map((x) => [x.number, x.stem])).toEqual([
      ['Câu 1', 'Một'],
      ['Câu 2', 'Hai'],
      ['Câu 3-4', '<p>Dùng dữ kiện sau cho các câu 3 và 4:</p><p>Đoạn văn chung.</p>'],
      ['Câu 5-6', 'Sử dụng thông tin sau để trả lời câu 5 đến câu 6.'],
    ]);
    expect(back.flatMap((x) => x.children.map((child) => child.number))).toEqual([
      'Câu 3',
      'Câu 4',
      'Câu 5',
      'Câu 6',
    ]);
  });

  it('quotes a title the reader would take for a question; notes a missing picture in the text', async () => {
    const questions = [
      question('Câu 1', { type: 'essay', stem: 'Vẽ <img src="embedded:khong-co.png" alt="">' }),
    ];
    const result = await parseQuestions(
      await exportDocx(questions, [], { title: 'Bài 3. Hàm số' }),
      'a.docx',
    );
    expect(result.problems).toEqual([]);
    expect(result.questions.map((x) => [x.number, x.stem])).toEqual([
      ['Câu 1', 'Vẽ <em>[Hình: khong-co.png]</em>'],
    ]);
  });

  it('names media after the image id when the reader would give the same id back, else a safe name', async () => {
    const png = IMAGES[0]?.dataBase64 ?? '';
    const images = [
      { id: 'hình 1', contentType: 'image/png', dataBase64: png },
      { id: 'a.jpg', contentType: 'image/png', dataBase64: png },
    ];
    const stem = '<img src="embedded:hình 1" alt=""><img src="embedded:a.jpg" alt="">';
    const result = await parseQuestions(
      await exportDocx([question('Câu 1', { type: 'essay', stem })], images),
      'a.docx',
    );
    expect(result.images.map((image) => [image.id, image.contentType])).toEqual([
      ['h_nh_1.png', 'image/png'],
      ['a.jpg.png', 'image/png'],
    ]);
  });
});
