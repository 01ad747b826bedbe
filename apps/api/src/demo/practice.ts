import type { QuestionContentInput } from '@hoclieu/contracts';
import { questionContentSchema, questionMetaSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { createQuestionService } from '../modules/questions/service.js';
import { createQuestionSharing } from '../modules/questions/sharing.js';
import { demoActor } from './demo-actor.js';

const m = (latex: string) => `<span class="math" data-latex="${latex.replaceAll('"', '&quot;')}"></span>`;
const choice = (labels: string[], right: number) =>
  labels.map((html, i) => ({ label: 'ABCDEFGH'[i] as 'A', html, correct: i === right }));
const short = (stem: string, accepted: string, solution: string): QuestionContentInput => ({
  type: 'short_answer',
  stem,
  answer: { accepted: [accepted], tolerance: null },
  solution,
});
const single = (stem: string, labels: string[], right: number, solution: string): QuestionContentInput => ({
  type: 'single_choice',
  stem,
  options: choice(labels, right),
  solution,
});

/** Practice questions by topic code (Toán, chapters of data/topics-gdpt2018.csv), easiest first. */
const practiceBank: Record<string, { content: QuestionContentInput; difficulty: number }[]> = {
  'TOAN-6-C1': [
    {
      content: single(
        `Số nào thuộc tập hợp ${m('A = \\{x \\in \\mathbb{N} \\mid x < 4\\}')}?`,
        ['3', '4', '5', '7'],
        0,
        `Các phần tử của A là 0, 1, 2, 3 nên ${m('3 \\in A')}.`,
      ),
      difficulty: 1,
    },
    {
      content: short(
        `Tập hợp ${m('\\{5; 6; 7; 8; 9\\}')} có bao nhiêu phần tử?`,
        '5',
        'Đếm các phần tử: 5, 6, 7, 8, 9 — có 5 phần tử.',
      ),
      difficulty: 2,
    },
    {
      content: single(
        `Số La Mã ${m('\\text{XIV}')} có giá trị là`,
        ['14', '16', '9', '104'],
        0,
        `${m('\\text{X} = 10')}, ${m('\\text{IV} = 4')}, nên XIV = 14.`,
      ),
      difficulty: 3,
    },
    {
      content: short(`Tính ${m('2^3 \\cdot 2^2')}.`, '32', `${m('2^3 \\cdot 2^2 = 2^{5} = 32')}.`),
      difficulty: 4,
    },
  ],
  'TOAN-6-C3': [
    {
      content: single(
        `Số đối của ${m('-7')} là`,
        [m('7'), m('-7'), m('0'), m('\\frac{1}{7}')],
        0,
        `Hai số đối nhau có tổng bằng 0: ${m('-7 + 7 = 0')}.`,
      ),
      difficulty: 1,
    },
    { content: short(`Tính ${m('(-12) + 5')}.`, '-7', `${m('(-12) + 5 = -(12 - 5) = -7')}.`), difficulty: 2 },
    {
      content: short(
        `Tính ${m('(-4) \\cdot (-6)')}.`,
        '24',
        'Tích hai số nguyên âm là một số nguyên dương: 4 · 6 = 24.',
      ),
      difficulty: 3,
    },
  ],
  'TOAN-6-C6': [
    {
      content: single(
        `Phân số nào bằng ${m('\\frac{3}{5}')}?`,
        [m('\\frac{6}{10}'), m('\\frac{5}{3}'), m('\\frac{6}{5}'), m('\\frac{3}{10}')],
        0,
        `Nhân cả tử và mẫu với 2: ${m('\\frac{3}{5} = \\frac{6}{10}')}.`,
      ),
      difficulty: 1,
    },
    {
      content: short(
        `Rút gọn ${m('\\frac{12}{18}')} rồi ghi tử số của phân số tối giản.`,
        '2',
        `${m('\\frac{12}{18} = \\frac{12 : 6}{18 : 6} = \\frac{2}{3}')}.`,
      ),
      difficulty: 3,
    },
    {
      content: short(
        `Tính ${m('\\frac{1}{2} + \\frac{1}{4}')} (ghi dưới dạng số thập phân).`,
        '0,75',
        `${m('\\frac{1}{2} + \\frac{1}{4} = \\frac{3}{4} = 0{,}75')}.`,
      ),
      difficulty: 4,
    },
  ],
  'TOAN-7-C1': [
    {
      content: single(
        `Số nào là số hữu tỉ âm?`,
        [m('-\\frac{2}{3}'), m('\\frac{3}{4}'), m('0'), m('2')],
        0,
        `${m('-\\frac{2}{3} < 0')} và viết được dưới dạng phân số.`,
      ),
      difficulty: 1,
    },
    {
      content: short(
        `Tính ${m('\\frac{2}{3} - \\frac{1}{6}')} (số thập phân).`,
        '0,5',
        `${m('\\frac{4}{6} - \\frac{1}{6} = \\frac{3}{6} = 0{,}5')}.`,
      ),
      difficulty: 3,
    },
  ],
  'TOAN-8-C2': [
    {
      content: single(
        `Khai triển ${m('(x + 2)^2')} được`,
        [m('x^2 + 4x + 4'), m('x^2 + 4'), m('x^2 + 2x + 4'), m('x^2 + 4x + 2')],
        0,
        `${m('(a + b)^2 = a^2 + 2ab + b^2')}.`,
      ),
      difficulty: 2,
    },
    {
      content: short(
        `Tính nhanh ${m('101^2 - 99^2')}.`,
        '400',
        `${m('(101 - 99)(101 + 99) = 2 \\cdot 200 = 400')}.`,
      ),
      difficulty: 3,
    },
  ],
  'TOAN-9-C1': [
    {
      content: single(
        `Cặp số nào là nghiệm của phương trình ${m('x + y = 3')}?`,
        [m('(1; 2)'), m('(2; 2)'), m('(0; 2)'), m('(3; 1)')],
        0,
        `${m('1 + 2 = 3')}.`,
      ),
      difficulty: 2,
    },
    {
      content: short(
        `Giải hệ ${m('x + y = 5,\\ x - y = 1')}; ghi giá trị của ${m('x')}.`,
        '3',
        `Cộng hai phương trình: ${m('2x = 6')}, nên ${m('x = 3')}.`,
      ),
      difficulty: 3,
    },
  ],
};

/**
 * Demo questions for Luyện tập: Toán by chapter for grades 6–9, approved at the school and shared up
 * to the province, so every demo student of those grades has something to practise. Tagged
 * `luyen-tap` (not `demo`: the demo exam takes the `demo` questions, and practice never serves a
 * question of an open exam).
 */
export async function seedDemoPractice({ db, onChange }: { db: Db; onChange: () => void }): Promise<void> {
  const questions = createQuestionService(db, onChange);
  const sharing = createQuestionSharing(db, onChange);
  const author = await demoActor(db, 'giaovien');
  const reviewers = [
    ['school', await demoActor(db, 'hieutruong')],
    ['district', await demoActor(db, 'phong.tuyenhoa')],
    ['province', await demoActor(db, 'so.quangbinh')],
  ] as const;
  for (const [code, items] of Object.entries(practiceBank)) {
    const grade = Number(code.split('-')[1]);
    const topic = await db.topic.findFirst({ where: { code, subjectCode: 'toan', grade, series: '' } });
    if (!topic) continue;
    for (const { content, difficulty } of items) {
      const meta = { subjectCode: 'toan', grade, topicId: topic.id, difficulty, tags: ['luyen-tap'] };
      const { id } = await questions.create(author, {
        content: questionContentSchema.parse(content),
        meta: questionMetaSchema.parse(meta),
      });
      let asker = author;
      for (const [scope, reviewer] of reviewers) {
        await sharing.requestShare(asker, id, scope);
        await sharing.decide(reviewer, id, { decision: 'approve' });
        asker = reviewer;
      }
    }
  }
}
