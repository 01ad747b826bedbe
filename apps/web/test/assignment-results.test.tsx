import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, ATTEMPT_ID, assignmentOf, attemptResultOf, resultsOf } from './assessment-fixtures';
import { recordDownloads } from './downloads';
import { fakeFetch, json, sessionOf } from './fake-api';
import { openApp, renderApp } from './render-app';

function resultsServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    [`GET /api/assignments/${ASSIGNMENT_ID}/results`]: () => json(200, resultsOf()),
    [`POST /api/assignments/${ASSIGNMENT_ID}/release`]: () => json(200, assignmentOf({ released: true })),
    [`GET /api/assignments/${ASSIGNMENT_ID}/results.xlsx`]: () =>
      new Response('PK', {
        status: 200,
        headers: { 'content-disposition': "attachment; filename*=UTF-8''ket-qua-6A.xlsx" },
      }),
    [`GET /api/attempts/${ATTEMPT_ID}/result`]: () => json(200, attemptResultOf()),
    [`POST /api/attempts/${ATTEMPT_ID}/items/3/grade`]: () =>
      json(
        200,
        attemptResultOf({
          score: 7.5,
          review: attemptResultOf().review?.map((item) =>
            item.key === '3'
              ? { ...item, result: { key: '3', score: 1.5, max: 1, status: 'partial' } }
              : item,
          ),
        }),
      ),
  });
}

const url = `/giao-bai/${ASSIGNMENT_ID}/ket-qua`;
const downloads = recordDownloads();

const names = () =>
  within(screen.getByRole('table', { name: 'Học sinh' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td p')?.textContent);

describe('assignment results', () => {
  it('shows the summary, the score distribution and the statistics of each question', async () => {
    renderApp(url, resultsServer().fetch);

    await screen.findByRole('heading', { name: 'Kết quả: Kiểm tra giữa kì I – Toán 6' });
    expect(screen.getByRole('group', { name: 'Đã nộp' }).textContent).toContain('2/3');
    expect(screen.getByRole('group', { name: 'Điểm trung bình' }).textContent).toContain('7,25');
    expect(screen.getByRole('group', { name: 'Điểm cao nhất' }).textContent).toContain('8,5');
    expect(screen.getByRole('group', { name: 'Bài cần chấm' }).textContent).toContain('1');

    const chart = screen.getByTestId('score-distribution');
    const bars = [...chart.querySelectorAll('g[data-count]')].map((bar) => bar.getAttribute('data-count'));
    expect(bars).toEqual(['0', '0', '0', '1', '1']);
    expect(chart.querySelector('rect title')?.textContent).toBe('0–2 điểm: 0 học sinh');
    const figure = screen.getByRole('figure', { name: 'Số học sinh theo khoảng điểm' });
    expect(within(figure).getByRole('row', { name: '6–8 1' })).toBeTruthy();

    const first = screen.getByTestId('item-stats-1');
    expect(first.textContent).toContain('0,85 · dễ');
    expect(first.textContent).toContain('0,45 · tốt');
    const correct = within(first).getByLabelText('A (đáp án đúng): 1 lượt');
    expect(correct.hasAttribute('data-correct')).toBe(true);
    expect(within(first).getByLabelText('B: 1 lượt').hasAttribute('data-correct')).toBe(false);
    // Counted by the test's letters; each mã đề says where it printed the question and its options.
    expect(
      [...within(first).getByTestId('item-versions-1').querySelectorAll('p')].map((p) => p.textContent),
    ).toEqual(['Mã đề 101: câu 1', 'Mã đề 102: câu 2 · A→C, B→A, C→B']);
    const essay = screen.getByTestId('item-stats-3');
    expect(essay.textContent).toContain('0,25 · khó');
    expect(within(essay).getAllByRole('cell')[4]?.textContent).toBe('—');
  });

  it('sorts students, releases results and exports to Excel', async () => {
    const server = resultsServer();
    const { user } = openApp(url, server.fetch);

    const table = await screen.findByRole('table', { name: 'Học sinh' });
    expect(names()).toEqual(['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Quốc Cường']);
    await user.click(within(table).getByRole('button', { name: 'Điểm' }));
    expect(names()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An', 'Phạm Quốc Cường']);
    expect(within(table).getByRole('columnheader', { name: 'Điểm' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await user.click(within(table).getByRole('button', { name: 'Điểm' }));
    expect(names()).toEqual(['Phạm Quốc Cường', 'Nguyễn Văn An', 'Lê Thị Bình']);

    await user.click(screen.getByRole('button', { name: 'Công bố kết quả' }));
    await screen.findByText('Đã công bố');
    expect(server.requests.some((r) => r.method === 'POST' && r.url.endsWith('/release'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Công bố kết quả' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(downloads).toEqual(['ket-qua-6A.xlsx']));
  });

  it('grades an essay with the marking guide in view', async () => {
    const server = resultsServer();
    const { user } = openApp(url, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Chấm bài của Nguyễn Văn An' }));
    const essay = await screen.findByRole('region', { name: 'Câu 3' });
    expect(essay.textContent).toContain('Hướng dẫn chấm');
    expect(essay.textContent).toContain('Quy đồng mẫu số: 0,5 điểm.');
    expect(within(essay).getByTestId('essay-answer').textContent).toBe('Quy đồng mẫu rồi so sánh tử.');
    expect(screen.getByText('Các câu chấm tự động')).toBeTruthy();
    expect(screen.getByText('Số câu và chữ cái phương án theo đề học sinh đã làm (mã đề 101).')).toBeTruthy();

    await user.type(within(essay).getByRole('textbox', { name: 'Điểm (tối đa 1)' }), '0,75');
    await user.type(within(essay).getByRole('textbox', { name: 'Nhận xét' }), 'Thiếu bước so sánh.');
    await user.click(within(essay).getByRole('button', { name: 'Lưu điểm' }));

    await waitFor(() => expect(server.requests.some((r) => r.url.endsWith('/items/3/grade'))).toBe(true));
    const graded = server.requests.find((r) => r.url.endsWith('/items/3/grade'));
    expect(JSON.parse(graded?.body ?? '')).toEqual({ score: 0.75, comment: 'Thiếu bước so sánh.' });
    await screen.findByText('Đã lưu điểm câu 3.');
  });
});
