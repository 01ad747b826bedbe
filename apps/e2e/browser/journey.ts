import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser.js';

export const DEMO_PASSWORD = 'Hoclieu@2026';
export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '../screenshots');

/** A text or password input by its label (the label's " *" of required fields is aria-hidden). */
export function field(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}

export async function fillLogin(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await field(page, 'Tên đăng nhập').fill(username);
  await field(page, 'Mật khẩu').fill(password);
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

/**
 * The link texts of the main navigation (also while it is tucked away behind the burger), without
 * the count badge of "Chờ duyệt".
 */
export async function navLinks(page: Page, label = 'Điều hướng chính'): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: label });
  await nav.getByRole('link').first().waitFor({ state: 'attached' });
  return (await nav.getByRole('link').allTextContents()).map((text) => text.replace(/\d+$/, '').trim());
}

/** Waits (10 s at most) for the loaders to go, so a picture shows data, not spinners. */
async function loadersGone(page: Page) {
  await page
    .locator('.mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** Waits for the network to go idle and the loaders to finish. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await loadersGone(page);
}

/** The file of the picture `name` (its folder made), for pictures of an element or taken mid-action. */
export function screenshotFile(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, `${name}.png`);
}

export async function screenshot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await pictureNow(page, name);
}

/**
 * A full-page picture without waiting for an idle network: Playwright counts the frame of Chromium's
 * PDF viewer, which may never report one, so `screenshot` would wait in vain.
 */
export async function pictureNow(page: Page, name: string) {
  await loadersGone(page);
  // A full-page picture of a scrolled page would paint the fixed header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotFile(name), fullPage: true });
}

/** Waits for the AppShell navbar to finish sliding (phones: hidden left of the screen, or fully shown). */
export async function navbarSettled(page: Page, state: 'hidden' | 'shown') {
  await page.waitForFunction((wanted) => {
    const navbar = document.querySelector('.mantine-AppShell-navbar');
    if (!navbar) return true;
    const { left, right } = navbar.getBoundingClientRect();
    return wanted === 'hidden' ? right <= 0 : left >= 0;
  }, state);
  // Let the main area's padding transition finish too.
  await page.waitForTimeout(300);
}

/** The current page at desktop width and at 390 px (navbar tucked behind the burger). */
export async function screenshotBoth(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await navbarSettled(page, 'hidden');
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await navbarSettled(page, 'shown');
}

export async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Opens a section from the main navigation and waits for its page heading (the link's name unless given). */
export async function openSection(page: Page, link: string, title: string = link) {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await heading(page, title);
}
