import type { QuestionContentInput, QuestionMeta } from '@hoclieu/contracts';
import { questionContentSchema, questionMetaSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { createQuestionService } from '../modules/questions/service.js';
import { createQuestionSharing } from '../modules/questions/sharing.js';
import { demoActor } from './demo-actor.js';

const m = (latex: string) => `<span class="math" data-latex="${latex.replaceAll('"', '&quot;')}"></span>`;
const choice = (labels: string[], correct: number[]) =>
  labels.map((html, i) => ({ label: 'ABCDEFGH'[i] as 'A', html, correct: correct.includes(i) }));

interface DemoQuestion {
  author: string;
  content: QuestionContentInput;
  meta: Partial<QuestionMeta>;
  /** Reviewers who approve, one per level, in order; `submit` leaves it waiting for the first. */
  approvals: string[];
  submit?: boolean;
}

const toan = (grade: number, level: QuestionMeta['level']) => ({
  subjectCode: 'toan',
  grade,
  level,
  tags: ['demo'],
});

const demoQuestions: DemoQuestion[] = [
  {
    author: 'giaovien',
    content: {
      type: 'single_choice',
      stem: `Phân số nào sau đây bằng phân số ${m('\\frac{1}{2}')}?`,
      options: choice([m('\\frac{2}{4}'), m('\\frac{3}{4}'), m('\\frac{2}{3}'), m('\\frac{1}{3}')], [0]),
      solution: `Nhân cả tử và mẫu của ${m('\\frac{1}{2}')} với 2 ta được ${m('\\frac{2}{4}')}.`,
    },
    meta: { ...toan(6, 'biet'), learningOutcome: 'Nhận biết được hai phân số bằng nhau.', difficulty: 1 },
    approvals: ['hieutruong', 'phong.tuyenhoa'],
  },
  {
    author: 'giaovien',
    content: {
      type: 'single_choice',
      stem: `Giá trị của ${m('\\sqrt{49}')} là`,
      options: choice(['7', '−7', '49', '24,5'], [0]),
    },
    meta: { ...toan(7, 'biet'), learningOutcome: 'Nhận biết được căn bậc hai số học.', difficulty: 1 },
    approvals: ['hieutruong'],
  },
  {
    author: 'giaovien',
    content: {
      type: 'true_false_group',
      stem: `Cho hàm số bậc nhất ${m('y = 2x - 3')}.`,
      statements: [
        { label: 'a', html: 'Hàm số đồng biến trên ℝ.', correct: true },
        { label: 'b', html: `Đồ thị hàm số đi qua điểm ${m('(0;\\,3)')}.`, correct: false },
        { label: 'c', html: `Đồ thị cắt trục hoành tại điểm có hoành độ ${m('x = 1{,}5')}.`, correct: true },
        { label: 'd', html: `Đồ thị song song với đường thẳng ${m('y = 2x + 1')}.`, correct: true },
      ],
      solution: `Hệ số ${m('a = 2 > 0')} nên hàm số đồng biến; tại ${m('x = 0')} thì ${m('y = -3')}.`,
    },
    meta: { ...toan(9, 'hieu'), learningOutcome: 'Hiểu tính chất của hàm số bậc nhất.', difficulty: 3 },
    approvals: ['hieutruong'],
  },
  {
    author: 'giaovien',
    content: {
      type: 'short_answer',
      stem: `Nghiệm của phương trình ${m('3x - 6 = 0')} là ${m('x')} bằng bao nhiêu?`,
      answer: { accepted: ['2'], tolerance: null },
    },
    meta: { ...toan(8, 'hieu'), learningOutcome: 'Giải được phương trình bậc nhất một ẩn.', difficulty: 2 },
    approvals: [],
    submit: true,
  },
  {
    author: 'giaovien',
    content: {
      type: 'multiple_select',
      stem: `Những số nào là nghiệm của phương trình ${m('x^2 - 5x + 6 = 0')}?`,
      options: choice(['2', '3', '−2', '6'], [0, 1]),
    },
    meta: {
      ...toan(9, 'van_dung'),
      learningOutcome: 'Giải được phương trình bậc hai một ẩn.',
      difficulty: 3,
    },
    approvals: [],
  },
  {
    author: 'giaovien',
    content: {
      type: 'essay',
      stem: 'Trình bày cách so sánh hai phân số khác mẫu. Cho một ví dụ minh hoạ.',
      rubric: '<p>Nêu đúng quy tắc quy đồng mẫu (1 điểm).</p><p>Ví dụ đúng, có kết luận (1 điểm).</p>',
    },
    meta: { ...toan(6, 'van_dung'), difficulty: 2 },
    approvals: [],
  },
  {
    author: 'gv.thcs-maihoa.1',
    content: {
      type: 'group',
      stem: '<p>Số học sinh giỏi của lớp 7A trong ba năm học:</p><table><tbody><tr><th>Năm học</th><th>2022–2023</th><th>2023–2024</th><th>2024–2025</th></tr><tr><td>Số học sinh giỏi</td><td>8</td><td>10</td><td>12</td></tr></tbody></table>',
      children: [
        {
          type: 'single_choice',
          stem: 'Năm học nào có nhiều học sinh giỏi nhất?',
          options: choice(['2022–2023', '2023–2024', '2024–2025'], [2]),
        },
        {
          type: 'short_answer',
          stem: 'Trung bình mỗi năm lớp có bao nhiêu học sinh giỏi?',
          answer: { accepted: ['10'], tolerance: null },
        },
      ],
    },
    meta: { ...toan(7, 'hieu'), learningOutcome: 'Đọc và phân tích được dữ liệu từ bảng thống kê.' },
    approvals: ['ht.thcs-maihoa', 'phong.tuyenhoa'],
  },
];

/** The demo bank's contents, for tests that take the real demo questions through the app. */
export const demoQuestionContents: QuestionContentInput[] = demoQuestions.map((demo) => demo.content);

/** Demo questions through the real services and review workflow, so the bank has something to show. */
export async function seedDemoQuestions({ db, onChange }: { db: Db; onChange: () => void }): Promise<void> {
  const questions = createQuestionService(db, onChange);
  const sharing = createQuestionSharing(db, onChange);
  const actorOf = (username: string) => demoActor(db, username);
  for (const demo of demoQuestions) {
    const author = await actorOf(demo.author);
    const input = {
      content: questionContentSchema.parse(demo.content),
      meta: questionMetaSchema.parse(demo.meta),
    };
    const { id } = await questions.create(author, input);
    const scopes = ['school', 'district', 'province'] as const;
    let asker = author;
    for (const [i, reviewer] of demo.approvals.entries()) {
      await sharing.requestShare(asker, id, scopes[i] as (typeof scopes)[number]);
      asker = await actorOf(reviewer);
      await sharing.decide(asker, id, { decision: 'approve' });
    }
    if (demo.submit) await sharing.requestShare(author, id, 'school');
  }
}
