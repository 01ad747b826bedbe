import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sectionsByRole } from '../src/shell/sections';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

describe('app layout', () => {
  it('sends a signed-out visitor to the login page', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () =>
        json(401, { error: { code: 'UNAUTHENTICATED', message: '' }, requestId: 'r' }),
    });
    renderApp('/tai-khoan', server.fetch);

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
  });

  it('blocks the app with the password form while a password change is required', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ mustChangePassword: true })),
    });
    renderApp('/', server.fetch);

    expect(await screen.findByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(server.requests.map((request) => request.url)).toEqual(['/api/auth/me']);
  });

  it("shows a teacher the teacher's navigation only", async () => {
    const server = fakeFetch({ 'GET /api/auth/me': () => json(200, sessionOf()) });
    renderApp('/chuong-trinh', server.fetch);

    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    const links = [...nav.querySelectorAll('a')].map((link) => link.textContent);
    expect(links).toEqual([
      'Trang chủ',
      'Lớp của tôi',
      'Kho học liệu',
      'Học liệu của tôi',
      'Ngân hàng câu hỏi',
      'Đề kiểm tra',
      'Chương trình',
    ]);
    expect(sectionsByRole.teacher).not.toContain('imports');
  });
});
