import type { AuditEntryView } from '@hoclieu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, type RecordedRequest, sessionOf } from './fake-api';
import { mainNavLink, renderApp } from './render-app';
import { pick } from './select-option';

const schoolAdmin = sessionOf({ username: 'hieutruong', fullName: 'Lê Thị Hoa', role: 'school_admin' });
const school = schoolAdmin.user.school;

function entry(n: number, overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    action: 'question.approved',
    resourceType: 'question',
    resourceId: `q-${n}`,
    actor: { id: schoolAdmin.user.id, username: 'hieutruong', fullName: 'Lê Thị Hoa', role: 'school_admin' },
    unit: school ? { kind: 'school', id: school.id, name: school.name } : null,
    details: { scope: 'school', version: 1 },
    // 09:05 in Việt Nam on 3 October 2026.
    createdAt: '2026-10-03T02:05:00.000Z',
    ...overrides,
  };
}

const firstPage = [
  entry(1, {
    action: 'attempt.essay_graded',
    resourceType: 'attempt',
    actor: { id: schoolAdmin.user.id, username: 'giaovien', fullName: 'Trần Minh Châu', role: 'teacher' },
    details: { key: '4', score: 1.5 },
  }),
  entry(2, {
    action: 'material.rejected',
    resourceType: 'material',
    details: { scope: 'school', reason: 'Thiếu nguồn' },
  }),
  entry(3, {
    action: 'kpi_target.update',
    resourceType: 'kpi_target',
    unit: null,
    actor: null,
    details: { from: 20, to: 25 },
  }),
];

function auditServer(session = schoolAdmin) {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, session),
    'GET /api/audit': (request: RecordedRequest) => {
      const query = new URL(request.url, 'http://localhost').searchParams;
      const page = Number(query.get('page') ?? 1);
      const items =
        query.get('resourceType') === 'material' ? [firstPage[1]] : page === 1 ? firstPage : [entry(30)];
      return json(200, { items, total: query.get('resourceType') ? 1 : 28, page, pageSize: 25 });
    },
  });
}

const auditCalls = (requests: RecordedRequest[]) =>
  requests
    .filter((r) => new URL(r.url, 'http://localhost').pathname === '/api/audit')
    .map((r) => Object.fromEntries(new URL(r.url, 'http://localhost').searchParams));

describe('audit log page', () => {
  it('is in the admin navigation and lists who did what, where and when', async () => {
    renderApp('/nhat-ky', auditServer().fetch);
    await screen.findByRole('heading', { name: 'Nhật ký thao tác' });
    expect((await mainNavLink('Nhật ký thao tác')).getAttribute('href')).toBe('/nhat-ky');

    const table = await screen.findByRole('table', { name: 'Nhật ký thao tác' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const graded = rows[0];
    if (!graded) throw new Error('no row');
    expect(within(graded).getAllByText('Chấm câu tự luận').length).toBeGreaterThan(0);
    expect(graded.textContent).toContain('Trần Minh Châu');
    expect(graded.textContent).toContain('Giáo viên');
    expect(graded.textContent).toContain('Trường THCS Tiến Hoá');
    expect(graded.textContent).toContain('09:05');
    expect(graded.textContent).toContain('Điểm: 1.5');
    expect(rows[1]?.textContent).toContain('Phạm vi: trường · Lý do: Thiếu nguồn');
    // A target change: sector-wide, by an account deleted since, shown as before → after.
    expect(rows[2]?.textContent).toContain('Sửa chỉ tiêu');
    expect(rows[2]?.textContent).toContain('Tài khoản đã xoá');
    expect(rows[2]?.textContent).toContain('Toàn ngành');
    expect(rows[2]?.textContent).toContain('20 → 25');
    expect(screen.getByText('Tổng số: 28')).toBeTruthy();
  });

  it('sends the filters and the page to the API, back to page 1 when a filter changes', async () => {
    const server = auditServer();
    const user = userEvent.setup();
    renderApp('/nhat-ky?page=2', server.fetch);
    await screen.findByText(/Duyệt câu hỏi/);
    expect(auditCalls(server.requests).at(-1)).toMatchObject({ page: '2', pageSize: '25' });

    await pick(user, 'Đối tượng', 'Học liệu');
    await screen.findByText('Tổng số: 1');
    const filtered = auditCalls(server.requests).at(-1);
    expect(filtered).toMatchObject({ resourceType: 'material', page: '1' });

    await pick(user, 'Thao tác', 'Từ chối học liệu');
    await waitFor(() =>
      expect(auditCalls(server.requests).at(-1)).toMatchObject({
        resourceType: 'material',
        action: 'material.rejected',
      }),
    );
    // Only the actions on materials are offered once materials are chosen.
    await user.click(screen.getByRole('combobox', { name: 'Thao tác' }));
    expect(screen.queryByRole('option', { name: 'Chấm câu tự luận', hidden: true })).toBeNull();

    const from = screen.getByLabelText('Từ ngày');
    await user.type(from, '2026-09-01');
    await waitFor(() => expect(auditCalls(server.requests).at(-1)).toMatchObject({ from: '2026-09-01' }));
  });

  it('is not offered to teachers, and its address sends them home', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      'GET /api/assignments': () => json(200, { items: [] }),
    });
    renderApp('/nhat-ky', server.fetch);
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).queryByRole('link', { name: 'Nhật ký thao tác' })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Nhật ký thao tác' })).toBeNull());
    expect(auditCalls(server.requests)).toEqual([]);
  });

  it('speaks English', async () => {
    renderApp('/nhat-ky', auditServer().fetch, 'en');
    await screen.findByRole('heading', { name: 'Audit log' });
    expect((await screen.findAllByText('Essay graded')).length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Action' })).toBeTruthy();
    expect(screen.getAllByText('Deleted account').length).toBeGreaterThan(0);
  });
});
