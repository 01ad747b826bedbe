import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

const admin = sessionOf({
  username: 'qt.so',
  fullName: 'Nguyễn Văn Quản',
  role: 'system_admin',
  province: null,
  district: null,
  school: null,
});

describe('first-time setup page (/cai-dat)', () => {
  it('creates the first system admin with the token from the link and signs them in', async () => {
    const user = userEvent.setup();
    const api = fakeFetch({
      'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED'),
      'GET /api/setup': () => json(200, { pending: true, demo: false }),
      'POST /api/setup': () => json(200, admin),
    });
    renderApp('/cai-dat?token=abc123', api.fetch);

    await user.type(await screen.findByLabelText(/^Tên đăng nhập/), 'qt.so');
    await user.type(screen.getByLabelText(/^Họ và tên/), 'Nguyễn Văn Quản');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'Sogddt2026');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu/), 'Sogddt2026');
    expect(screen.queryByLabelText(/^Mã cài đặt/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tạo quản trị viên và đăng nhập' }));

    const sent = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/setup'));
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({
      token: 'abc123',
      username: 'qt.so',
      fullName: 'Nguyễn Văn Quản',
      password: 'Sogddt2026',
    });
  });

  it('shows the reason in Vietnamese when the token is wrong, and asks for the token without a link', async () => {
    const user = userEvent.setup();
    renderApp(
      '/cai-dat',
      fakeFetch({
        'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED'),
        'GET /api/setup': () => json(200, { pending: true, demo: false }),
        'POST /api/setup': () => apiError(403, 'SETUP_TOKEN_INVALID'),
      }).fetch,
    );
    await user.type(await screen.findByLabelText(/^Mã cài đặt/), 'sai');
    await user.type(screen.getByLabelText(/^Tên đăng nhập/), 'qt.so');
    await user.type(screen.getByLabelText(/^Họ và tên/), 'Nguyễn Văn Quản');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'Sogddt2026');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu/), 'Sogddt2026');
    await user.click(screen.getByRole('button', { name: 'Tạo quản trị viên và đăng nhập' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Mã cài đặt không đúng. Hãy dùng đường dẫn in trong nhật ký máy chủ lúc khởi động.',
    );
  });

  it('once an admin exists, only points to the sign-in page', async () => {
    renderApp(
      '/cai-dat?token=abc123',
      fakeFetch({
        'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED'),
        'GET /api/setup': () => json(200, { pending: false, demo: false }),
      }).fetch,
    );
    expect(
      await screen.findByText('Hệ thống đã có quản trị viên. Trang cài đặt lần đầu đã đóng.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đến trang đăng nhập' }).getAttribute('href')).toBe('/dang-nhap');
  });
});
