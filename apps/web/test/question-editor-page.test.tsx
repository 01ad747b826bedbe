import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import {
  OTHER_QUESTION_ID,
  QUESTION_ID,
  questionDetailOf,
  questionEditorServer,
  questionSummaryOf,
} from './question-fixtures';
import { openApp, renderApp } from './render-app';

const bodyOf = (server: ReturnType<typeof fakeFetch>, method: string, url: string) =>
  JSON.parse(server.requests.findLast((r) => r.method === method && r.url === url)?.body ?? 'null');

describe('question editor', () => {
  it('checks as the author types, warns of near-duplicates, saves and opens the new question', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      'GET /api/curriculum/periods': () => json(200, { items: [] }),
      'POST /api/questions/check': () =>
        json(200, {
          problems: [],
          similar: [{ id: OTHER_QUESTION_ID, stemText: 'Tính 1/2 + 1/3', similarity: 0.9 }],
        }),
      'POST /api/questions': () => json(200, questionDetailOf()),
      [`GET /api/questions/${QUESTION_ID}`]: () => json(200, questionDetailOf()),
    });
    const { user } = openApp('/ngan-hang-cau-hoi/moi', server.fetch);

    await user.click(await screen.findByRole('textbox', { name: /Đề bài/ }));
    await user.paste('Tính $\\frac{1}{2}$');
    await user.click(screen.getByRole('textbox', { name: 'Phương án A' }));
    await user.paste('$\\frac{5}{6}$');
    await user.keyboard('{Enter}1{Enter}2{Enter}3');
    await user.keyboard('{Alt>}1{/Alt}');

    const similar = await screen.findByText('Có câu hỏi gần giống');
    expect(similar).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tính 1/2 + 1/3' }).getAttribute('target')).toBe('_blank');

    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi' }));
    await screen.findByRole('heading', { name: 'Nhiều lựa chọn' });
    const created = bodyOf(server, 'POST', '/api/questions');
    expect(created.content.stem).toBe('Tính <span class="math" data-latex="\\frac{1}{2}"></span>');
    expect(
      created.content.options.map((o: { label: string; correct: boolean }) => [o.label, o.correct]),
    ).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
      ['D', false],
    ]);
    expect(created.content.options[0].html).toBe('<span class="math" data-latex="\\frac{5}{6}"></span>');
    expect(created.meta).toMatchObject({ subjectCode: null, level: null, tags: [] });
  });

  it('edits an approved question in place, saying it makes a new version, and keeps untouched HTML', async () => {
    const approved = questionDetailOf({ status: 'approved', scope: 'school', currentVersion: 2 });
    const server = questionEditorServer(approved, { ...approved, currentVersion: 3 });
    const { user } = openApp(`/ngan-hang-cau-hoi/${QUESTION_ID}`, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Sửa' }));
    expect(screen.getByText(/lưu thay đổi nội dung sẽ tạo phiên bản 3/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Đề bài/ })).toHaveProperty(
      'value',
      'Tính $\\frac{1}{2} + \\frac{1}{3}$',
    );
    await user.type(screen.getByRole('textbox', { name: 'Phương án C' }), ',0');
    await user.click(screen.getByRole('button', { name: 'Lưu câu hỏi' }));

    await waitFor(() => expect(bodyOf(server, 'PUT', `/api/questions/${QUESTION_ID}`)).not.toBeNull());
    const sent = bodyOf(server, 'PUT', `/api/questions/${QUESTION_ID}`);
    expect(sent.content.stem).toBe(approved.content.stem);
    expect(sent.content.options[2].html).toBe('1,0');
    expect(sent.content.options[0].html).toBe(approved.content.options[0]?.html);
    expect(bodyOf(server, 'POST', '/api/questions/check').excludeId).toBe(QUESTION_ID);
  });
});

describe('review page', () => {
  it('opens on the question queue when only questions wait, and approves one', async () => {
    const waiting = questionSummaryOf({
      status: 'submitted',
      requestedScope: 'school',
      author: { id: '9b2f6c1e-4d3a-4f5b-8c7d-1e2f3a4b5c6d', fullName: 'Lê Thu Hà' },
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ role: 'school_admin', username: 'hieutruong' })),
      'GET /api/reviews/materials': () => json(200, { items: [] }),
      'GET /api/reviews/questions': () => json(200, { items: [waiting] }),
      [`POST /api/questions/${QUESTION_ID}/decisions`]: () =>
        json(200, questionDetailOf({ status: 'approved' })),
    });
    const { user } = openApp('/duyet-hoc-lieu', server.fetch);

    const card = await screen.findByRole('article', { name: /^Tính/ });
    expect(card.textContent).toContain('Chờ duyệt cấp trường');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByLabelText('1 mục chờ duyệt')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Duyệt' }));
    await waitFor(() =>
      expect(bodyOf(server, 'POST', `/api/questions/${QUESTION_ID}/decisions`)).toEqual({
        decision: 'approve',
      }),
    );
  });

  it('offers no Duyệt on the reviewer’s own request: another reviewer decides it', async () => {
    const own = questionSummaryOf({ status: 'submitted', requestedScope: 'school' });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ role: 'school_admin', username: 'hieutruong' })),
      'GET /api/reviews/materials': () => json(200, { items: [] }),
      'GET /api/reviews/questions': () => json(200, { items: [own] }),
    });
    renderApp('/duyet-hoc-lieu', server.fetch);
    const card = await screen.findByRole('article', { name: /^Tính/ });
    expect(card.textContent).toContain('Yêu cầu của bạn – chờ người duyệt khác');
    expect(within(card).queryByRole('button', { name: 'Duyệt' })).toBeNull();
  });
});
