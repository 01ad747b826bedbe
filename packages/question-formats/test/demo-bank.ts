import type { ImportedQuestion } from '@hoclieu/contracts';
import { mathHtml } from '../src/html.js';
import { emptyQuestion } from '../src/question.js';

/**
 * The demo bank (apps/api/src/demo/questions.ts) as imported questions, for round-trip tests:
 * packages cannot import the app, so its content is restated here. Keep the two in step.
 */
/** As importers write math (the demo file leaves `<`/`>` unescaped in the attribute: same HTML). */
const m = (latex: string) => mathHtml(latex, false);
const choice = (labels: string[], correct: number[]) =>
  labels.map((html, i) => ({ label: 'ABCDEFGH'[i] as 'A', html, correct: correct.includes(i) }));
const q = (number: string, fields: Partial<ImportedQuestion>): ImportedQuestion => ({
  ...emptyQuestion(number),
  ...fields,
});

export const demoBank: ImportedQuestion[] = [
  q('Câu 1', {
    type: 'single_choice',
    level: 'biet',
    stem: `Phân số nào sau đây bằng phân số ${m('\\frac{1}{2}')}?`,
    options: choice([m('\\frac{2}{4}'), m('\\frac{3}{4}'), m('\\frac{2}{3}'), m('\\frac{1}{3}')], [0]),
    solution: `Nhân cả tử và mẫu của ${m('\\frac{1}{2}')} với 2 ta được ${m('\\frac{2}{4}')}.`,
    metadata: { tags: ['demo'], subject: 'toan', grade: '6' },
  }),
  q('Câu 2', {
    type: 'single_choice',
    level: 'biet',
    stem: `Giá trị của ${m('\\sqrt{49}')} là`,
    options: choice(['7', '−7', '49', '24,5'], [0]),
    metadata: { tags: ['demo'] },
  }),
  q('Câu 3', {
    type: 'true_false_group',
    level: 'hieu',
    part: 'II',
    stem: `Cho hàm số bậc nhất ${m('y = 2x - 3')}.`,
    statements: [
      { label: 'a', html: 'Hàm số đồng biến trên ℝ.', correct: true },
      { label: 'b', html: `Đồ thị hàm số đi qua điểm ${m('(0;\\,3)')}.`, correct: false },
      { label: 'c', html: `Đồ thị cắt trục hoành tại điểm có hoành độ ${m('x = 1{,}5')}.`, correct: true },
      { label: 'd', html: `Đồ thị song song với đường thẳng ${m('y = 2x + 1')}.`, correct: true },
    ],
    solution: `Hệ số ${m('a = 2 > 0')} nên hàm số đồng biến; tại ${m('x = 0')} thì ${m('y = -3')}.`,
  }),
  q('Câu 4', {
    type: 'short_answer',
    level: 'hieu',
    stem: `Nghiệm của phương trình ${m('3x - 6 = 0')} là ${m('x')} bằng bao nhiêu?`,
    answer: { accepted: ['2'], tolerance: null },
  }),
  q('Câu 5', {
    type: 'multiple_select',
    level: 'van_dung',
    stem: `Những số nào là nghiệm của phương trình ${m('x^2 - 5x + 6 = 0')}?`,
    options: choice(['2', '3', '−2', '6'], [0, 1]),
  }),
  q('Câu 6', {
    type: 'essay',
    level: 'van_dung',
    stem: 'Trình bày cách so sánh hai phân số khác mẫu. Cho một ví dụ minh hoạ.',
    solution: '<p>Nêu đúng quy tắc quy đồng mẫu (1 điểm).</p><p>Ví dụ đúng, có kết luận (1 điểm).</p>',
  }),
  q('Câu 7', {
    type: 'group',
    level: 'hieu',
    stem: '<p>Số học sinh giỏi của lớp 7A trong ba năm học:</p><table><tbody><tr><th>Năm học</th><th>2022–2023</th><th>2023–2024</th><th>2024–2025</th></tr><tr><td>Số học sinh giỏi</td><td>8</td><td>10</td><td>12</td></tr></tbody></table>',
    children: [
      q('Câu 7.1', {
        type: 'single_choice',
        stem: 'Năm học nào có nhiều học sinh giỏi nhất?',
        options: choice(['2022–2023', '2023–2024', '2024–2025'], [2]),
      }),
      q('Câu 7.2', {
        type: 'short_answer',
        stem: 'Trung bình mỗi năm lớp có bao nhiêu học sinh giỏi?',
        answer: { accepted: ['10'], tolerance: null },
      }),
    ],
  }),
];
