import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordDownloads } from './downloads';
import { questionSummaryOf, TOPIC_ID, trueFalseSummaryOf } from './question-fixtures';
import { mainNavLink, openApp, renderApp } from './render-app';
import { searchPageServer, tickFacet } from './search-page-server';

const bankServer = () =>
  searchPageServer(
    '/api/questions',
    {
      items: [questionSummaryOf(), trueFalseSummaryOf({ topic: null })],
      total: 2,
      facets: {
        subjectCode: { toan: 2 },
        grade: { '6': 2 },
        topicId: { [TOPIC_ID]: 1 },
        level: { biet: 1, hieu: 1 },
        type: { single_choice: 1, true_false_group: 1 },
        status: { draft: 1, approved: 1 },
        scope: { private: 1, school: 1 },
      },
    },
    {
      'POST /api/questions/export': () =>
        new Response('PK', {
          status: 200,
          headers: { 'content-disposition': "attachment; filename*=UTF-8''ngan-hang.docx" },
        }),
    },
  );

const downloads = recordDownloads();

describe('question bank page', () => {
  it('shows question cards with typeset stems, and facets with names and counts', async () => {
    const server = bankServer();
    renderApp('/ngan-hang-cau-hoi', server.fetch);

    const card = await screen.findByRole('article', { name: /^Tính/ });
    expect(card.textContent).toContain('Toán · Lớp 6 · Phân số');
    expect(card.textContent).toContain('Biết');
    expect(card.textContent).toContain('Nháp');
    await waitFor(() => expect(card.querySelector('.katex')).not.toBeNull());
    const other = screen.getByRole('article', { name: 'Xét tính đúng sai của các mệnh đề sau.' });
    expect(other.textContent).toContain('Đúng/Sai');
    expect(other.textContent).toContain('Đã duyệt');

    for (const name of [
      'Toán (2)',
      'Lớp 6 (2)',
      'Phân số (1)',
      'Hiểu (1)',
      'Nhiều lựa chọn (1)',
      'Cấp trường (1)',
    ]) {
      expect(screen.getAllByRole('checkbox', { name }).length).toBeGreaterThan(0);
    }
    expect(await mainNavLink('Ngân hàng câu hỏi')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Soạn câu hỏi' }).getAttribute('href')).toBe(
      '/ngan-hang-cau-hoi/moi',
    );
    expect(screen.getByRole('link', { name: 'Tải mẫu Word' }).getAttribute('href')).toBe(
      '/api/questions/word-template',
    );
  });

  it('filters by facets and "Của tôi", searches as the user types', async () => {
    const server = bankServer();
    const { user } = openApp('/ngan-hang-cau-hoi', server.fetch);

    await tickFacet(user, 'Biết (1)');
    await server.searchedFor('level=biet');

    await user.click(screen.getByRole('switch', { name: 'Của tôi' }));
    await server.searchedFor('mine=true');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm câu hỏi' }), 'phan so');
    await server.searchedFor('q=phan+so&level=biet');
    expect(server.searches().at(-1)).toContain('mine=true');
  });

  it('exports the selected questions to Word', async () => {
    const server = bankServer();
    const { user } = openApp('/ngan-hang-cau-hoi', server.fetch);

    const card = await screen.findByRole('article', { name: /^Tính/ });
    await user.click(within(card).getByRole('checkbox'));
    const bar = screen.getByRole('region', { name: 'Thao tác với câu hỏi đã chọn' });
    expect(bar.textContent).toContain('Đã chọn 1 câu hỏi');
    await user.click(within(bar).getByRole('button', { name: 'Xuất tệp' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Word (.docx)' }));

    await waitFor(() => expect(server.requests.some((r) => r.url === '/api/questions/export')).toBe(true));
    const sent = server.requests.find((r) => r.url === '/api/questions/export');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ format: 'docx', ids: [questionSummaryOf().id] });
    await waitFor(() => expect(downloads).toEqual(['ngan-hang.docx']));
  });
});
