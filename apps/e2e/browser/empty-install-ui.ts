import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { field, fillLogin, heading, screenshot } from './journey.js';

/** The empty-install journey's page helpers: pictures, Mantine selects, dates, sign-ins, accounts. */

/** A picture of the page as it stands, without the toasts and tooltips of the last action. */
export async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    await close.click().catch(() => undefined);
  }
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await screenshot(page, `empty-${name}`);
}

/** Chooses an option of a Mantine select by the select's label. */
export async function pick(page: Page, label: string, option: string | RegExp, scope: Page | Locator = page) {
  await scope.getByRole('combobox', { name: label }).first().click();
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** A "dd/mm/yyyy" as the web app writes a Vietnamese calendar day. */
export const shown = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Where the journey stands: its one page and the server's address (both known once it started). */
export interface JourneyPage {
  page: Page;
  base: string;
}

/** Sign-ins and account creation on the journey's page. */
export function journeyAccounts(at: () => JourneyPage) {
  /** First sign-in with a temporary password: the forced change, then the home page. */
  async function firstSignIn(username: string, temporary: string, password: string, picture?: string) {
    const { page, base } = at();
    await fillLogin(page, base, username, temporary);
    await heading(page, 'Đặt mật khẩu mới');
    if (picture) await shot(page, picture);
    await field(page, 'Mật khẩu hiện tại').fill(temporary);
    await field(page, 'Mật khẩu mới').fill(password);
    await field(page, 'Nhập lại mật khẩu mới').fill(password);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await heading(page, /^Xin chào/);
  }

  async function signIn(username: string, password: string) {
    const { page, base } = at();
    await fillLogin(page, base, username, password);
    await heading(page, /^Xin chào/);
  }

  /** Creates an account on /tai-khoan and returns its one-time password. */
  async function createAccount(
    role: string,
    unit: string | RegExp | null,
    username: string,
    fullName: string,
  ) {
    const { page, base } = at();
    await page.goto(`${base}/tai-khoan`);
    await heading(page, 'Tài khoản');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await pick(page, 'Vai trò', role, dialog);
    if (unit) await pick(page, 'Đơn vị', unit, dialog);
    await dialog.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
    await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill(fullName);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const shownPassword = page.getByTestId('temporary-password');
    await shownPassword.waitFor();
    const temporary = (await shownPassword.textContent())?.trim() ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    return temporary;
  }

  return { firstSignIn, signIn, createAccount };
}
