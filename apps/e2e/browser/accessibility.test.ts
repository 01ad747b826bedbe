import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSignIn, call } from './api-calls.js';
import { axeViolations } from './axe.js';
import { type Browser, DESKTOP, launchBrowser, PHONE } from './browser.js';
import { navbarSettled, screenshot, settle, signIn } from './journey.js';
import { type DemoUser, openSitePage, publicPages, siteMap } from './site-map.js';

const baseUrl = inject('baseUrl');

/**
 * Every page of the site map passes axe-core with no serious or critical violation, in all four
 * combinations of desktop and phone, Vietnamese and English. One browser context and one signed-in
 * page per user; each page is opened once per language and audited at desktop width, then at phone
 * width in place (half the page loads of opening it four times). The quiz page and the corrected
 * paper: quiz-keyboard.test.ts; the first-time setup page: empty-install.test.ts.
 */
const COMBINATIONS = [
  { viewport: DESKTOP, language: 'vi', label: 'desktop vi' },
  { viewport: DESKTOP, language: 'en', label: 'desktop en' },
  { viewport: PHONE, language: 'vi', label: 'phone vi' },
  { viewport: PHONE, language: 'en', label: 'phone en' },
];

/** Dialogs and drawers checked open, on the page named, by the button that opens them. */
const OPENED: Record<string, RegExp> = {
  users: /^(Tạo tài khoản|Create account|Thêm tài khoản|Add account)$/,
  'school-years': /^(Thêm năm học|Add school year|Tạo năm học)$/,
};

/**
 * One paper handed in on the demo test's assignment (by a 6A student no other journey uses for it),
 * so that the results page shows its students' and items' tables.
 */
async function handInDemoPaper(request: APIRequestContext) {
  const csrf = await apiSignIn(request, 'hs.thcs-tienhoa.6a.2');
  const { items } = await call(request, 'GET', '/api/assignments', csrf);
  const demo = (items as { id: string; title: string }[]).find((item) => item.title.endsWith('(demo)'));
  if (!demo) throw new Error('The demo test is not assigned to 6A');
  const attempt = await call(request, 'POST', `/api/assignments/${demo.id}/attempts`, csrf);
  await call(request, 'POST', `/api/attempts/${attempt.id}/submit`, csrf);
}

async function setLanguage(page: Page, language: string) {
  await page.evaluate((lng) => localStorage.setItem('hoclieu.language', lng), language);
}

async function auditPage(page: Page, where: string): Promise<string[]> {
  await settle(page);
  return axeViolations(page, where);
}

describe('accessibility: axe-core on every page, desktop and phone, Vietnamese and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await handInDemoPaper(browser.context.request);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function freshPage(): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/dang-nhap`);
    await setLanguage(page, 'vi');
    return page;
  }

  it('the login page, signed out', async () => {
    const page = await freshPage();
    const found: string[] = [];
    for (const { viewport, language, label } of COMBINATIONS) {
      await setLanguage(page, language);
      await page.setViewportSize(viewport);
      for (const entry of publicPages) {
        await page.goto(`${baseUrl}${entry.path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        found.push(...(await auditPage(page, `${entry.name} [${label}]`)));
      }
      // The demo accounts panel open.
      await page.getByRole('button', { name: /Tài khoản dùng thử|Demo accounts/ }).click();
      found.push(...(await auditPage(page, `login with demo accounts [${label}]`)));
    }
    await page.close();
    expect(found, found.join('\n')).toEqual([]);
  });

  const users = [...new Set(siteMap.map((entry) => entry.user))];
  for (const user of users) {
    const pages = siteMap.filter((entry) => entry.user === user);
    it(`${user}: ${pages.map((entry) => entry.name).join(', ')}`, async () => {
      const page = await freshPage();
      await signIn(page, baseUrl, user satisfies DemoUser);
      const found: string[] = [];
      for (const language of ['vi', 'en']) {
        await setLanguage(page, language);
        for (const entry of pages) {
          // One visit per language: audited on a desktop, then narrowed to a phone in place.
          await page.setViewportSize(DESKTOP);
          await openSitePage(page, baseUrl, entry);
          expect(await page.evaluate(() => document.documentElement.lang), entry.name).toBe(language);
          found.push(...(await auditViews(page, entry.name, `desktop ${language}`)));
          await page.setViewportSize(PHONE);
          await navbarSettled(page, 'hidden');
          found.push(...(await auditViews(page, entry.name, `phone ${language}`)));
        }
        // The navigation drawer open on a phone.
        await page.goto(baseUrl);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await navbarSettled(page, 'hidden');
        await page.getByRole('button', { name: /^(Mở menu điều hướng|Open navigation)$/ }).click();
        await navbarSettled(page, 'shown');
        found.push(...(await auditPage(page, `navigation drawer of ${user} [phone ${language}]`)));
      }
      await setLanguage(page, 'vi');
      await page.close();
      expect(found, found.join('\n')).toEqual([]);
    }, 240_000);
  }
});

/** Pages pictured in every combination, to look at (contrast, badges, English subject names). */
const PICTURED = new Set(['library', 'exam', 'curriculum-teacher', 'assignment-results']);

/** The page as it is, then with its dialog open (see OPENED) and closed again. */
async function auditViews(page: Page, name: string, label: string): Promise<string[]> {
  const found = await auditPage(page, `${name} [${label}]`);
  if (PICTURED.has(name)) await screenshot(page, `a11y-${name}-${label.replace(' ', '-')}`);
  const opener = OPENED[name];
  if (opener) {
    const button = page.getByRole('button', { name: opener }).first();
    if (await button.isVisible()) {
      await button.click();
      await page.getByRole('dialog').first().waitFor();
      await page.waitForTimeout(300);
      found.push(...(await auditPage(page, `${name} dialog [${label}]`)));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').first().waitFor({ state: 'detached' });
    }
  }
  return found;
}
