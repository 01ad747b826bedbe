import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Hoclieu@2026';
export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '../screenshots');

export async function fillLogin(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Signs in and waits for the home page's greeting. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await fillLogin(page, baseUrl, username, password);
  await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Tài khoản của bạn' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
}

export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allTextContents()).map((text) => text.trim());
}

/** Waits for loaders to finish so the picture shows data, not spinners. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await settle(page);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
