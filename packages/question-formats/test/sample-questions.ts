import type { ImportedQuestion } from '@hoclieu/contracts';
import { choices, question, statements } from '../testing/index.js';

/** A question as an import reads it: the empty question numbered "Câu 1", with the given fields. */
export const sampleQuestion = (overrides: Partial<ImportedQuestion>): ImportedQuestion =>
  question('Câu 1', overrides);

/**
 * One question of every type an exchange format must carry (single choice with an image, formula and
 * solution; multiple select; numeric and text short answers; essay; true/false group), for round
 * trips. `changes` replaces fields of a question, keyed by its number ("Câu 1" … "Câu 6").
 */
export function questionsOfEveryType(
  changes: Record<string, Partial<ImportedQuestion>> = {},
): ImportedQuestion[] {
  const questions = [
    sampleQuestion({
      type: 'single_choice',
      part: 'I',
      level: 'biet',
      stem: 'Hình nào? <img src="embedded:hinh 1.png" alt=""> <span class="math" data-latex="\\frac{1}{2}"></span>',
      options: choices('B', 'Vuông', 'Tròn ]]> lạ'),
      solution: '<p>Vì <strong>tròn</strong>.</p>',
      metadata: { subject: 'Toán', grade: '10' },
    }),
    sampleQuestion({
      number: 'Câu 2',
      type: 'multiple_select',
      stem: 'Chọn số chẵn',
      options: choices('AC', '2', '3', '4'),
    }),
    sampleQuestion({
      number: 'Câu 3',
      type: 'short_answer',
      part: 'III',
      stem: 'Tính 1/2',
      answer: { accepted: ['0.5'], tolerance: 0.01 },
    }),
    sampleQuestion({
      number: 'Câu 4',
      type: 'short_answer',
      stem: 'Thủ đô?',
      answer: { accepted: ['Hà Nội', 'Ha Noi'], tolerance: null },
    }),
    sampleQuestion({ number: 'Câu 5', type: 'essay', stem: 'Viết đoạn văn', level: 'van_dung' }),
    sampleQuestion({
      number: 'Câu 6',
      type: 'true_false_group',
      part: 'II',
      stem: 'Cho hàm số',
      statements: statements('ĐSSĐ', 'Đồng biến', 'Nghịch biến', 'Có cực trị', 'Liên tục'),
    }),
  ];
  return questions.map((question) => ({ ...question, ...changes[question.number] }));
}
