import type { ImportedQuestion } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { exportQuestions, parseQuestions } from '../src/index.js';
import { choices, credited, question, shortAnswer, statements, withCredits } from '../testing/index.js';
import { PNG } from './docx-writer.js';
import { exportAndReimport } from './round-trip.js';

const IMAGES = [{ id: 'hinh 1.png', contentType: 'image/png', dataBase64: PNG.toString('base64') }];

async function roundTrip(questions: ImportedQuestion[], images = IMAGES) {
  return (await exportAndReimport(questions, 'qti3', images)).result;
}

/** One question of each type, with what each type can carry. */
const everyType: ImportedQuestion[] = [
  question('Câu 1', {
    type: 'single_choice',
    part: 'I',
    level: 'biet',
    stem: '<p>Xem <a href="https://vi.wikipedia.org/wiki/Ph%C3%A2n_s%E1%BB%91">phân số</a> và hình <img src="embedded:hinh 1.png" alt="Hình tròn chia đôi" width="120" height="80"></p><pre>for i in range(3):\n    print(i &lt; 2)</pre>',
    options: [
      {
        label: 'A',
        html: '<span class="math" data-latex="\\frac{1}{2}"></span>',
        correct: true,
        feedback: 'Đúng: một nửa.',
      },
      {
        label: 'B',
        html: 'Một phần ba',
        correct: false,
        credit: 0.5,
        feedback: '<p>Gần đúng.</p><p>Xem lại.</p>',
      },
      { label: 'C', html: 'Hai', correct: false },
    ],
    solution: '<p>Vì <strong>một nửa</strong>.</p>',
    feedback: { correct: '<p>Giỏi lắm!</p>', incorrect: 'Chưa đúng.' },
    metadata: { tags: ['phân số', 'lớp 6'], points: 0.5, subject: 'Toán' },
  }),
  question('Câu 2', {
    type: 'multiple_select',
    level: 'hieu',
    stem: 'Chọn các số nguyên tố',
    options: withCredits(choices('AC', '2', '4', '5', '9'), 0.5, -0.5, 0.5, -1),
    feedback: { correct: 'Đủ.', partial: 'Thiếu một số.', incorrect: 'Sai.' },
  }),
  question('Câu 3', {
    type: 'multiple_select',
    stem: 'Chọn số chẵn (không điểm thành phần)',
    options: choices('AC', '2', '3', '4'),
  }),
  question('Câu 4', {
    type: 'true_false_group',
    part: 'II',
    stem: 'Cho hàm số <span class="math" data-latex="y = x^2"></span>',
    statements: statements(
      'ĐSĐĐ',
      'Đồng biến trên (0; +∞)',
      'Nghịch biến trên ℝ',
      'Có cực tiểu',
      'Đồ thị đi qua gốc toạ độ',
    ),
    feedback: { incorrect: 'Xem lại bảng biến thiên.' },
  }),
  question('Câu 5', {
    type: 'short_answer',
    part: 'III',
    stem: 'Tính <span class="math" data-latex="\\sqrt{2}"></span> (hai chữ số thập phân)',
    answer: shortAnswer(['1.41', '1.414'], 0.005, credited('1.4', 0.5, 0.05), credited('1', 0.25)),
  }),
  question('Câu 6', {
    type: 'short_answer',
    stem: 'Thủ đô của Việt Nam?',
    answer: shortAnswer(['Hà Nội', 'Ha Noi'], null, credited('Hanoi', 0.5)),
  }),
  question('Câu 7', {
    type: 'short_answer',
    stem: 'Một đáp án',
    answer: { accepted: ['42'], tolerance: 0.5 },
  }),
  question('Câu 8', {
    type: 'essay',
    level: 'van_dung',
    stem: 'Viết đoạn văn<br>ngắn',
    solution: '<p>Gợi ý chấm.</p>',
  }),
  question('Câu 9', {
    type: 'group',
    stem: '<p>Đọc bảng <img src="embedded:hinh 1.png" alt="Bảng số liệu"></p>',
    level: 'hieu',
    children: [
      question('Câu 9a', {
        type: 'single_choice',
        stem: 'Năm nào nhiều nhất?',
        options: choices('B', '2023', '2024'),
      }),
      question('Câu 9b', {
        type: 'short_answer',
        stem: 'Tổng?',
        answer: { accepted: ['30'], tolerance: null },
      }),
    ],
  }),
];

describe('QTI 3.0 export → import', () => {
  it('gives back the same questions for every type (credits, feedback, tolerance, groups, links, pre, images)', async () => {
    const result = await roundTrip(everyType);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual(everyType);
    expect(result.images).toEqual(IMAGES);
  });

  it('writes numbers as QTI floats: a decimal comma comes back as a point, tolerance kept', async () => {
    const result = await roundTrip([
      question('Câu 1', {
        type: 'short_answer',
        stem: 'x',
        answer: { accepted: ['1,5', '−2'], tolerance: 0.1 },
      }),
    ]);
    expect(result.questions[0]!.answer).toEqual({ accepted: ['1.5', '-2'], tolerance: 0.1 });
  });

  it("keeps an essay's marking guide as the scorers' rubric block, and leaves candidates' rubrics out", async () => {
    const essay = question('Câu 1', {
      type: 'essay',
      stem: 'Trình bày cách so sánh hai phân số khác mẫu.',
      rubric: '<p>Nêu đúng quy tắc (1 điểm).</p><p>Ví dụ đúng (1 điểm).</p>',
    });
    const file = await exportQuestions([essay], 'qti3', []);
    const result = await roundTrip([essay], []);
    expect(result.questions[0]?.rubric).toBe(essay.rubric);
    const item = `<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="e" title="Câu 2">
      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
      <itemBody><rubricBlock view="candidate"><p>Viết tối đa 200 từ.</p></rubricBlock>
        <rubricBlock view="scorer tutor"><p>Mỗi ý đúng 0,5 điểm.</p></rubricBlock>
        <p>Vì sao lá cây có màu xanh?</p><extendedTextInteraction responseIdentifier="RESPONSE"/></itemBody>
    </assessmentItem>`;
    const read = await parseQuestions(Buffer.from(item), 'cau-2.xml');
    expect(read.questions[0]).toMatchObject({
      stem: '<p>Vì sao lá cây có màu xanh?</p>',
      rubric: '<p>Mỗi ý đúng 0,5 điểm.</p>',
    });
    expect(file.bytes.length).toBeGreaterThan(0);
  });
});
