import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { FakeXhr, useFakeXhr } from './fake-xhr';
import { choiceContent, OTHER_QUESTION_ID, previewItemOf, QUESTION_ID } from './question-fixtures';
import { openApp } from './render-app';

const noCorrect = {
  ...choiceContent('Câu thứ hai'),
  options: choiceContent().options.map((option) => ({ ...option, correct: false })),
};

const preview = {
  fileName: 'de-kiem-tra.docx',
  format: 'docx',
  problems: [
    { severity: 'warning', code: 'IMAGE_SKIPPED', message: 'Bỏ qua một hình vẽ', location: 'đoạn 4' },
  ],
  items: [
    previewItemOf({
      similar: [{ id: OTHER_QUESTION_ID, stemText: 'Tính 1/2 + 1/3', similarity: 0.92 }],
    }),
    previewItemOf({
      number: 'Câu 2',
      content: noCorrect,
      problems: [
        { severity: 'error', code: 'NO_CORRECT_OPTION', message: 'Chưa có đáp án đúng', location: 'Câu 2' },
      ],
    }),
    previewItemOf({ number: 'Câu 3', content: choiceContent('Câu thứ ba') }),
  ],
};

useFakeXhr();

describe('question import page', () => {
  it('previews a file, fixes the faulty question, skips one and imports the rest', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      'GET /api/curriculum/periods': () => json(200, { items: [] }),
      'POST /api/questions/check': () => json(200, { problems: [], similar: [] }),
      'POST /api/questions/import': () =>
        json(200, {
          created: [{ number: 'Câu 1', id: QUESTION_ID }],
          failed: [
            {
              index: 1,
              number: 'Câu 2',
              problems: [{ severity: 'error', code: 'X', message: 'Trùng câu đã có', location: null }],
            },
          ],
        }),
    });
    const { user } = openApp('/ngan-hang-cau-hoi/nhap', server.fetch);

    const input = await screen.findByLabelText('Chọn tệp');
    await user.upload(input, new File(['PK'], 'de-kiem-tra.docx'));
    const xhr = FakeXhr.last;
    if (!xhr) throw new Error('nothing uploaded');
    expect(xhr.url).toBe('/api/questions/import/preview');
    xhr.progress(1, 2);
    expect(await screen.findByText('Đang tải lên: 50%')).toBeTruthy();
    xhr.respond(200, JSON.stringify(preview));

    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toBe('2 câu sẵn sàng, 1 câu lỗi, 0 bỏ qua');
    expect(screen.getByText(/đoạn 4/).textContent).toContain('Lưu ý · đoạn 4');
    const first = screen.getByRole('article', { name: 'Câu 1' });
    expect(within(first).getByText('Có câu hỏi gần giống')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'Tính 1/2 + 1/3' }).getAttribute('href')).toBe(
      `/ngan-hang-cau-hoi/${OTHER_QUESTION_ID}`,
    );
    const second = screen.getByRole('article', { name: 'Câu 2' });
    expect(second.getAttribute('data-status')).toBe('error');
    expect(within(second).getByText(/Chưa có đáp án đúng/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nhập 2 câu hỏi' })).toBeTruthy();

    // Fix question 2: mark A correct, then the server checks it again.
    await user.click(within(second).getByRole('button', { name: 'Sửa' }));
    await user.click(within(second).getByRole('radio', { name: 'Phương án A đúng' }));
    await user.click(within(second).getByRole('button', { name: 'Kiểm tra và dùng bản sửa' }));
    await waitFor(() => expect(summary.textContent).toBe('3 câu sẵn sàng, 0 câu lỗi, 0 bỏ qua'));
    const check = server.requests.find((r) => r.url === '/api/questions/check');
    expect(JSON.parse(check?.body ?? '').content.options[0].correct).toBe(true);

    await user.click(
      within(screen.getByRole('article', { name: 'Câu 3' })).getByRole('button', { name: 'Bỏ qua' }),
    );
    expect(summary.textContent).toBe('2 câu sẵn sàng, 0 câu lỗi, 1 bỏ qua');

    await user.click(screen.getByRole('checkbox', { name: 'Gửi duyệt cấp trường ngay' }));
    await user.click(screen.getByRole('button', { name: 'Nhập 2 câu hỏi' }));

    const result = await screen.findByTestId('import-result');
    const commit = JSON.parse(server.requests.find((r) => r.url === '/api/questions/import')?.body ?? '');
    expect(commit.submit).toBe(true);
    expect(commit.items.map((item: { number: string }) => item.number)).toEqual(['Câu 1', 'Câu 2']);
    expect(commit.items[1].content.options[0]).toMatchObject({ label: 'A', correct: true });
    expect(commit.items[1].content.stem).toBe('Câu thứ hai');
    expect(result.textContent).toContain('Đã lưu 1 câu hỏi; 1 câu không lưu được.');
    expect(within(result).getByRole('link', { name: 'Câu 1' }).getAttribute('href')).toBe(
      `/ngan-hang-cau-hoi/${QUESTION_ID}`,
    );
    expect(result.textContent).toContain('Trùng câu đã có');
  });
});
