import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

const admin = sessionOf({ username: 'qt.truong', fullName: 'Quản trị Trường', role: 'school_admin' });
const throttled = {
  userId: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e020',
  username: 'hs.an',
  fullName: 'Nguyễn Văn An',
  role: 'student',
  unitName: 'Trường THCS Tiến Hoá',
  failures: 20,
  lastFailedAt: '2026-12-06T01:30:00.000Z',
  blockedUntil: '2026-12-06T01:30:30.000Z',
};

describe('throttled accounts on the accounts page', () => {
  it('lists the accounts whose sign-ins are slowed and clears one', async () => {
    let items = [throttled];
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, admin),
      'GET /api/users': () => json(200, { items: [], total: 0, page: 1, pageSize: 25 }),
      'GET /api/users/login-throttles': () => json(200, { items }),
      [`DELETE /api/users/${throttled.userId}/login-throttle`]: () => {
        items = [];
        return json(200, { ok: true });
      },
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan', server.fetch);
    const panel = await screen.findByRole('region', { name: 'Tài khoản bị làm chậm đăng nhập' });
    expect(panel.textContent).toContain('Nguyễn Văn An');
    expect(panel.textContent).toContain('20 lần sai');
    // Vietnam's wall clock, not the device's.
    expect(panel.textContent).toContain('08:30');
    await user.click(within(panel).getByRole('button', { name: 'Bỏ giới hạn' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Tài khoản bị làm chậm đăng nhập' })).toBeNull(),
    );
    expect(
      server.requests.some(
        (r) => r.method === 'DELETE' && r.url.endsWith(`/api/users/${throttled.userId}/login-throttle`),
      ),
    ).toBe(true);
  });
});
