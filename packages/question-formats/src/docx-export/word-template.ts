import type { ImportedQuestion } from '@hoclieu/contracts';
import { mathHtml } from '../html.js';
import { emptyQuestion } from '../question.js';
import { writePaper } from './docx-export.js';
import { paragraphXml, textRun } from './wordml.js';

/**
 * The Word template teachers download: instructions, then one worked example of each question
 * type the Word convention has. The instructions avoid anything the
 * reader would take for structure before the first question: no paragraph opens with "Câu 1",
 * "PHẦN", "Lời giải" or a bare number, and no sentence names real question numbers for a group.
 */
export async function wordTemplate(): Promise<Buffer> {
  const preamble = [
    paragraphXml(textRun(INTRODUCTION, { italic: true })),
    paragraphXml(textRun('Cách soạn', { bold: true })),
    ...RULES.map((rule) => paragraphXml(textRun(`•\t${rule}`), HANGING)),
    paragraphXml(textRun('Ví dụ mẫu', { bold: true })),
  ];
  return writePaper({
    questions: TEMPLATE_QUESTIONS,
    images: [],
    title: 'MẪU SOẠN CÂU HỎI TRẮC NGHIỆM',
    preamble,
  });
}

/** The bullet hangs, its text aligned after it. */
const HANGING = '<w:ind w:left="284" w:hanging="284"/>';

const INTRODUCTION =
  'Mẫu này dùng để soạn câu hỏi trên Word rồi nhập vào ngân hàng câu hỏi. Phần hướng dẫn nằm trước câu hỏi đầu tiên nên không được nhập; có thể giữ lại hoặc xoá đi.';

const RULES = [
  'Chia đề thành các phần bằng dòng “PHẦN I”, “PHẦN II”, “PHẦN III” (trắc nghiệm nhiều phương án, đúng/sai, trả lời ngắn theo mẫu đề 2025); câu tự luận đặt sau dòng “PHẦN TỰ LUẬN”.',
  'Mỗi câu hỏi bắt đầu một đoạn mới bằng “Câu 1.”, “Câu 2.”…; mức độ ghi ngay sau số câu hoặc cuối đề bài: (NB) nhận biết, (TH) thông hiểu, (VD) vận dụng, (VDC) vận dụng cao; điểm của câu ghi kèm nếu cần, ví dụ “Câu 3 (TH) (0,5 điểm).”',
  'Phương án trắc nghiệm bắt đầu bằng “A.”, “B.”, “C.”, “D.”, mỗi phương án một đoạn (hoặc nhiều phương án trên một dòng, cách nhau bằng phím Tab). Đánh dấu đáp án đúng bằng cách gạch chân chữ cái của phương án, tô chữ màu đỏ, hoặc đặt dấu * trước chữ cái. Câu có nhiều đáp án đúng: ghi “(Chọn nhiều đáp án)” sau số câu và đánh dấu mọi đáp án đúng. Phương án được một phần điểm ghi cuối phương án “(được 50% điểm)”, phương án bị trừ điểm “(trừ 25% điểm)”.',
  'Câu đúng/sai gồm 4 ý “a)”, “b)”, “c)”, “d)”, mỗi ý một đoạn, cuối mỗi ý ghi “(Đúng)” hoặc “(Sai)”.',
  'Câu trả lời ngắn: ghi đáp án ở dòng “Đáp án: …” ngay sau đề bài; đáp án là một số, dùng dấu phẩy thập phân, ví dụ 0,5. Nhiều đáp án được chấp nhận cách nhau bằng dấu chấm phẩy, sai số cho phép ghi trong ngoặc: “Đáp án: 0,5; 1/2 (sai số 0,01)”; đáp án được một phần điểm ghi ở dòng riêng: “Đáp án: 0,4 (được 50% điểm)”.',
  'Lời giải (không bắt buộc): sau các phương án hoặc đáp án, viết dòng “Lời giải” rồi trình bày lời giải ở các đoạn tiếp theo.',
  'Công thức: chèn bằng công cụ phương trình của Word (Insert → Equation, hoặc Alt + =). Công thức MathType được chuyển thành công thức khi có thể (nếu không thì giữ dạng ảnh); ảnh chụp công thức chỉ được nhập như ảnh.',
  'Hình ảnh: chèn trực tiếp vào đề bài, phương án hoặc lời giải (Insert → Pictures), chọn kiểu “In Line with Text”. Bảng số liệu soạn bằng bảng của Word.',
  'Nhiều câu dùng chung một đoạn văn hay bảng số liệu: viết câu dẫn nêu rõ số câu, ví dụ “Đọc thông tin sau và trả lời các câu hỏi từ câu … đến câu …”, tiếp theo là đoạn văn chung, rồi đến các câu hỏi.',
  'Kết thúc đề bằng dòng “HẾT”. Thay cho việc gạch chân, có thể ghi đáp án vào bảng sau dòng “BẢNG ĐÁP ÁN”, ví dụ: 1-B 2-A 3-B.',
];

const math = (latex: string): string => mathHtml(latex, false);
const question = (fields: Partial<ImportedQuestion>): ImportedQuestion => ({
  ...emptyQuestion('Câu 1'),
  ...fields,
});
const choices = (correct: string, ...html: string[]) =>
  html.map((item, i) => {
    const label = 'ABCD'.charAt(i) as 'A';
    return { label, html: item, correct: correct.includes(label) };
  });

/** The worked examples, as the reader gives them back (the template test compares with these). */
export const TEMPLATE_QUESTIONS: ImportedQuestion[] = [
  question({
    part: 'I',
    type: 'single_choice',
    level: 'biet',
    stem: `Tập nghiệm của phương trình ${math('{x}^{2}-5x+6=0')} là`,
    options: choices(
      'B',
      math('\\left\\{ 1;6 \\right\\}'),
      math('\\left\\{ 2;3 \\right\\}'),
      math('\\left\\{-2;-3 \\right\\}'),
      math('\\left\\{-1;-6 \\right\\}'),
    ),
    solution: `<p>Ta có ${math('\\Delta={\\left(-5 \\right)}^{2}-4.1.6=1>0')}.</p><p>Phương trình có hai nghiệm ${math('x=2')} và ${math('x=3')}, chọn B.</p>`,
  }),
  question({
    number: 'Câu 2-3',
    part: 'I',
    type: 'group',
    stem: `<p>Đọc thông tin sau và trả lời câu 2 đến câu 3.</p><p>Một vật chuyển động thẳng với vận tốc ${math('v\\left( t \\right)=3{t}^{2}+2')} (m/s), trong đó ${math('t')} tính bằng giây.</p>`,
    children: [
      question({
        number: 'Câu 2',
        part: 'I',
        type: 'single_choice',
        level: 'hieu',
        stem: `Vận tốc của vật tại thời điểm ${math('t=2')} giây là`,
        options: choices('A', '14 m/s', '12 m/s', '8 m/s', '10 m/s'),
      }),
      question({
        number: 'Câu 3',
        part: 'I',
        type: 'single_choice',
        level: 'van_dung',
        stem: 'Quãng đường vật đi được trong 2 giây đầu tiên là',
        options: choices('B', '10 m', '12 m', '14 m', '16 m'),
        solution: `${math('s=\\int_{0}^{2} \\left( 3{t}^{2}+2 \\right) dt=12')} (m).`,
      }),
    ],
  }),
  question({
    number: 'Câu 4',
    part: 'I',
    type: 'multiple_select',
    level: 'hieu',
    metadata: { points: 0.5 },
    stem: 'Những số nào sau đây là số nguyên tố?',
    options: choices('AC', '2', '9', '11', '15'),
  }),
  question({
    part: 'II',
    type: 'true_false_group',
    level: 'hieu',
    stem: `Cho hàm số ${math('f\\left( x \\right)={x}^{3}-3x')}.`,
    statements: [
      { label: 'a', html: `Đạo hàm ${math("f'\\left( x \\right)=3{x}^{2}-3")}.`, correct: true },
      { label: 'b', html: `Hàm số đồng biến trên khoảng ${math('\\left(-1;1 \\right)')}.`, correct: false },
      { label: 'c', html: 'Giá trị cực đại của hàm số bằng 2.', correct: true },
      {
        label: 'd',
        html: `Giá trị nhỏ nhất của hàm số trên đoạn ${math('\\left[ 0;2 \\right]')} bằng ${math('-3')}.`,
        correct: false,
      },
    ],
    solution: `${math("f'\\left( x \\right)=0\\Leftrightarrow x=\\pm 1")}; ${math('f\\left(-1 \\right)=2')}, ${math('f\\left( 1 \\right)=-2')}.`,
  }),
  question({
    part: 'III',
    type: 'short_answer',
    level: 'biet',
    stem: `Tính giá trị của biểu thức ${math('P=\\frac{{3}^{2}-7}{4}')}.`,
    answer: { accepted: ['0,5'], tolerance: null },
    solution: math('P=\\frac{9-7}{4}=\\frac{1}{2}=0{,}5'),
  }),
  question({
    type: 'essay',
    level: 'van_dung',
    stem: `Giải phương trình ${math('\\sqrt{2x+1}=x-1')}.`,
    solution: `<p>Điều kiện: ${math('x\\ge 1')}.</p><p>Bình phương hai vế: ${math('2x+1={x}^{2}-2x+1\\Leftrightarrow {x}^{2}-4x=0')}, suy ra ${math('x=0')} (loại) hoặc ${math('x=4')}.</p><p>Vậy phương trình có nghiệm ${math('x=4')}.</p>`,
  }),
];
