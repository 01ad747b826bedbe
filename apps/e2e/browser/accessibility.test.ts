import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { isKnownViolation } from './axe-known.js';
import { type Browser, DESKTOP, launchBrowser, PHONE } from './browser.js';
import { navbarSettled, settle, signIn } from './journey.js';
import { type DemoUser, openSitePage, publicPages, type SitePage, siteMap } from './site-map.js';

const baseUrl = inject('baseUrl');

/**
 * Every page of the site map passes axe-core with no serious or critical violation. Each page is
 * checked twice, on a desktop in Vietnamese and on a phone in English (both sizes and both
 * languages, at half the cost of all four); A11Y_FULL=1 checks all four combinations.
 * The quiz page and the corrected paper: quiz-keyboard.test.ts.
 */
const COMBINATIONS = process.env.A11Y_FULL
  ? [
      { viewport: DESKTOP, language: 'vi', label: 'desktop vi' },
      { viewport: PHONE, language: 'vi', label: 'phone vi' },
      { viewport: DESKTOP, language: 'en', label: 'desktop en' },
      { viewport: PHONE, language: 'en', label: 'phone en' },
    ]
  : [
      { viewport: DESKTOP, language: 'vi', label: 'desktop vi' },
      { viewport: PHONE, language: 'en', label: 'phone en' },
    ];

/** Dialogs and drawers checked open, on the page named, by the button that opens them. */
const OPENED: Record<string, RegExp> = {
  users: /^(Tạo tài khoản|Create account|Thêm tài khoản|Add account)$/,
  'school-years': /^(Thêm năm học|Add school year|Tạo năm học)$/,
};

async function setLanguage(page: Page, language: string) {
  await page.evaluate((lng) => localStorage.setItem('hoclieu.language', lng), language);
}

async function auditPage(page: Page, where: string): Promise<string[]> {
  await settle(page);
  const found = await axeViolations(page, where);
  const known = found.filter(isKnownViolation);
  if (known.length > 0) console.warn(`Known, not fixed yet:\n${known.join('\n')}`);
  return found.filter((line) => !isKnownViolation(line));
}

describe('accessibility: axe-core on every page, desktop and phone, Vietnamese and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
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
      for (const { viewport, language, label } of COMBINATIONS) {
        await setLanguage(page, language);
        await page.setViewportSize(viewport);
        for (const entry of pages) found.push(...(await auditEntry(page, entry, label, language)));
        if (viewport === PHONE) {
          // The navigation drawer open on a phone.
          await page.goto(baseUrl);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await navbarSettled(page, 'hidden');
          await page.getByRole('button', { name: /^(Mở menu điều hướng|Open navigation)$/ }).click();
          await navbarSettled(page, 'shown');
          found.push(...(await auditPage(page, `navigation drawer of ${user} [${label}]`)));
        }
      }
      await setLanguage(page, 'vi');
      await page.close();
      expect(found, found.join('\n')).toEqual([]);
    }, 240_000);
  }
});

async function auditEntry(page: Page, entry: SitePage, label: string, language: string): Promise<string[]> {
  await openSitePage(page, baseUrl, entry);
  expect(await page.evaluate(() => document.documentElement.lang), entry.name).toBe(language);
  const found = await auditPage(page, `${entry.name} [${label}]`);
  const opener = OPENED[entry.name];
  if (opener) {
    const button = page.getByRole('button', { name: opener }).first();
    if (await button.isVisible()) {
      await button.click();
      await page.getByRole('dialog').first().waitFor();
      await page.waitForTimeout(300);
      found.push(...(await auditPage(page, `${entry.name} dialog [${label}]`)));
      await page.keyboard.press('Escape');
    }
  }
  return found;
}
