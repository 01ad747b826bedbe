import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch, json } from './fake-api';
import { renderApp } from './render-app';

const signedOut = (setup = { pending: false, demo: true }) =>
  fakeFetch({
    'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED'),
    'GET /api/setup': () => json(200, setup),
    'POST /api/auth/login': () => apiError(401, 'INVALID_CREDENTIALS', 'text the UI must not show'),
  });

async function signInWrongly(language: 'vi' | 'en') {
  const user = userEvent.setup();
  renderApp('/dang-nhap', signedOut().fetch, language);
  const submit = language === 'vi' ? 'Đăng nhập' : 'Sign in';
  await user.type(
    await screen.findByLabelText(language === 'vi' ? /^Tên đăng nhập/ : /^Username/),
    'giaovien',
  );
  await user.type(screen.getByLabelText(language === 'vi' ? /^Mật khẩu/ : /^Password/), 'sai-mat-khau');
  await user.click(screen.getByRole('button', { name: submit }));
}

describe('login page', () => {
  it('shows the Vietnamese message for INVALID_CREDENTIALS, not the server text', async () => {
    await signInWrongly('vi');

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
    expect(screen.queryByText('text the UI must not show')).toBeNull();
  });

  it('shows the English message when English is chosen', async () => {
    await signInWrongly('en');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong username or password.');
  });

  it('lists the demo usernames under "Tài khoản dùng thử" and fills one in', async () => {
    const user = userEvent.setup();
    renderApp('/dang-nhap', signedOut().fetch);

    await user.click(await screen.findByRole('button', { name: /Tài khoản dùng thử/ }));
    await user.click(await screen.findByRole('button', { name: 'hieutruong' }));

    expect(screen.getByLabelText(/^Tên đăng nhập/)).toHaveProperty('value', 'hieutruong');
  });

  it('without demo data and before any admin: says what to do, links the setup page, lists no demo account', async () => {
    renderApp('/dang-nhap', signedOut({ pending: true, demo: false }).fetch);

    expect(await screen.findByText('Chưa có quản trị hệ thống')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đến trang cài đặt lần đầu' }).getAttribute('href')).toBe(
      '/cai-dat',
    );
    expect(screen.queryByRole('button', { name: /Tài khoản dùng thử/ })).toBeNull();
  });
});
