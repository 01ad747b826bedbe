import type { QuestionContent } from '@hoclieu/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionView } from '../src/pages/questions/view/question-view';
import { type ReviewEntry, ReviewItem } from '../src/pages/quiz/review-item';
import type { fakeFetch } from './fake-api';
import { QUESTION_ID, questionDetailOf, questionEditorServer } from './question-fixtures';
import { openApp } from './render-app';
import { expectTexts, renderComponent } from './render-component';

/** Partial credit, option and outcome feedback and hints, for staff and after release. */
const credited: QuestionContent = {
  type: 'single_choice',
  stem: '<p>Số nguyên tố nhỏ nhất là</p>',
  options: [
    { label: 'A', html: '2', correct: true, feedback: '<p>Chính xác.</p>' },
    {
      label: 'B',
      html: '3',
      correct: false,
      credit: 0.5,
      feedback: '<p>Gần đúng: 3 là số nguyên tố lẻ nhỏ nhất.</p>',
    },
    { label: 'C', html: '1', correct: false, credit: -0.25 },
    { label: 'D', html: '0', correct: false },
  ],
  statements: [],
  answer: null,
  solution: '<p>Lời giải.</p>',
  rubric: null,
  feedback: { correct: '<p>Tốt lắm.</p>', partial: '<p>Xem lại định nghĩa.</p>' },
  hints: ['<p>Số nguyên tố có đúng hai ước.</p>'],
  children: [],
};

const bodyOf = (server: ReturnType<typeof fakeFetch>, method: string, url: string) =>
  JSON.parse(server.requests.findLast((r) => r.method === method && r.url === url)?.body ?? 'null');

describe('a question with credits, for staff', () => {
  it('shows each option’s share, its feedback, the outcome feedback and the hints', () => {
    renderComponent(<QuestionView content={credited} />);
    expect(screen.getByLabelText('Tỷ lệ điểm: 50 %')).toBeTruthy();
    expect(screen.getByLabelText('Tỷ lệ điểm: −25 %')).toBeTruthy();
    expectTexts(
      'Gần đúng: 3 là số nguyên tố lẻ nhỏ nhất.',
      'Phản hồi khi đúng một phần',
      'Xem lại định nghĩa.',
      'Số nguyên tố có đúng hai ước.',
    );
  });

  it('shows credited short answers with their share and tolerance', () => {
    renderComponent(
      <QuestionView
        content={{
          ...credited,
          type: 'short_answer',
          options: [],
          answer: {
            accepted: ['12'],
            tolerance: null,
            credited: [{ text: '12,5', credit: 0.5, tolerance: 0.5 }],
          },
        }}
      />,
    );
    expectTexts('Đáp án được một phần điểm:', '12,5', '50 %', 'Sai số cho phép: ±0,5');
  });
});

describe('editing a question with credits', () => {
  it('keeps credits, feedback and hints untouched, and saves a changed share and a new hint', async () => {
    const detail = questionDetailOf({ content: credited });
    const server = questionEditorServer(detail);
    const { user } = openApp(`/ngan-hang-cau-hoi/${QUESTION_ID}`, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Sửa' }));
    // The question has credits: their fields are open.
    const share = screen.getByRole('textbox', { name: 'Tỷ lệ điểm của phương án B (%)' });
    expect(share).toHaveProperty('value', '50 %');
    await user.clear(share);
    await user.type(share, '25');
    await user.click(screen.getByRole('button', { name: 'Thêm gợi ý' }));
    await user.type(screen.getByRole('textbox', { name: 'Gợi ý 2' }), 'Số 1 có mấy ước?');
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi' }));

    await waitFor(() => expect(bodyOf(server, 'PUT', `/api/questions/${QUESTION_ID}`)).not.toBeNull());
    const sent = bodyOf(server, 'PUT', `/api/questions/${QUESTION_ID}`).content;
    expect(sent.options.map((o: { credit?: number }) => o.credit)).toEqual([
      undefined,
      0.25,
      -0.25,
      undefined,
    ]);
    expect(sent.options[1].feedback).toBe(credited.options[1]?.feedback);
    expect(sent.feedback).toEqual(credited.feedback);
    expect(sent.hints).toEqual([credited.hints?.[0], 'Số 1 có mấy ước?']);
  });
});

describe('the corrected paper after release', () => {
  const entry = (status: 'partial' | 'correct', choice: string): ReviewEntry => ({
    key: '1',
    number: '1',
    content: credited,
    answer: { choice },
    result: { key: '1', score: status === 'partial' ? 0.13 : 0.25, max: 0.25, status },
  });

  it('shows the chosen option’s feedback, the feedback of the result and the hints', () => {
    renderComponent(<ReviewItem entry={entry('partial', 'B')} />);
    expectTexts(
      'Gần đúng: 3 là số nguyên tố lẻ nhỏ nhất.',
      'Xem lại định nghĩa.',
      'Số nguyên tố có đúng hai ước.',
      'Đúng một phần',
    );
    // Only the chosen option's feedback, only the result's outcome.
    expect(screen.queryByText('Chính xác.')).toBeNull();
    expect(screen.queryByText('Tốt lắm.')).toBeNull();
    expect(screen.getByLabelText('Tỷ lệ điểm: 50 %')).toBeTruthy();
  });
});
