import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAM_ID, examDetailOf } from './assessment-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';
import { mainNavLink, renderApp } from './render-app';

describe('exams page', () => {
  it('lists my exams with subject, counts and versions, and links to them', async () => {
    const {
      items: _items,
      settings: _settings,
      header: _header,
      locked: _locked,
      ...summary
    } = examDetailOf();
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      'GET /api/exams': () =>
        json(200, {
          items: [{ ...summary, versionCodes: ['101', '102'], assignmentCount: 1, maxScore: 10 }],
        }),
    });
    renderApp('/de-kiem-tra', server.fetch);

    const table = await screen.findByRole('table', { name: 'Đề kiểm tra' });
    const row = within(table).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Toán · Lớp 6');
    expect(row?.textContent).toContain('101102');
    expect(
      within(table).getByRole('link', { name: 'Kiểm tra giữa kì I – Toán 6' }).getAttribute('href'),
    ).toBe(`/de-kiem-tra/${EXAM_ID}`);
    expect(screen.getByRole('link', { name: 'Tạo đề' }).getAttribute('href')).toBe('/de-kiem-tra/moi');
    expect(await mainNavLink('Đề kiểm tra')).toBeTruthy();
  });

  it('shows an officer the exams without the button to make one', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ role: 'district_officer', school: null })),
      'GET /api/exams': () => json(200, { items: [] }),
    });
    renderApp('/de-kiem-tra', server.fetch);

    await screen.findByText('Bạn chưa có đề kiểm tra nào.');
    expect(screen.queryByRole('link', { name: 'Tạo đề' })).toBeNull();
  });
});
