import { choices } from '@hoclieu/question-formats/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { quizStartedInOtherClass } from './api-calls.js';
import { type Browser, launchBrowser } from './browser.js';
import { collectApiData, englishLeftovers } from './english-leftovers.js';
import { screenshot, settle, signIn } from './journey.js';
import { type DemoUser, openSitePage, publicPages, siteMap } from './site-map.js';

const baseUrl = inject('baseUrl');

/** Pages looked at in pictures (the rest are checked by text only). */
const PICTURED = new Set(['home-student', 'home-teacher', 'reports', 'kpi-targets', 'exam']);

async function setLanguage(page: Page, language: 'vi' | 'en') {
  await page.evaluate((lng) => localStorage.setItem('hoclieu.language', lng), language);
}

/**
 * English mode translates every page: each role signs in, switches to English and visits
 * every page of the site map; no visible text, accessible name or placeholder may keep a Vietnamese
 * letter once the user data the API sent (names, titles, question text…) is taken out of it.
 */
describe('English mode: no Vietnamese wording left on any page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function englishPage(user?: DemoUser): Promise<{ page: Page; data: Set<string> }> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const data = collectApiData(page);
    await page.goto(`${baseUrl}/dang-nhap`);
    await setLanguage(page, 'vi');
    if (user) await signIn(page, baseUrl, user);
    await setLanguage(page, 'en');
    return { page, data };
  }

  it('the login page, signed out', async () => {
    const { page, data } = await englishPage();
    const found: string[] = [];
    for (const entry of publicPages) {
      await page.goto(`${baseUrl}${entry.path}`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await settle(page);
      found.push(...(await englishLeftovers(page, data)).map((text) => `${entry.name}: ${text}`));
    }
    await page.getByRole('button', { name: 'Demo accounts' }).click();
    found.push(...(await englishLeftovers(page, data)).map((text) => `demo accounts: ${text}`));
    await screenshot(page, 'english-login');
    await setLanguage(page, 'vi');
    await page.close();
    expect(found).toEqual([]);
  });

  const users = [...new Set(siteMap.map((entry) => entry.user))];
  for (const user of users) {
    const pages = siteMap.filter((entry) => entry.user === user);
    it(`${user}: ${pages.map((entry) => entry.name).join(', ')}`, async () => {
      const { page, data } = await englishPage(user);
      const found: string[] = [];
      for (const entry of pages) {
        await openSitePage(page, baseUrl, entry);
        expect(await page.evaluate(() => document.documentElement.lang), entry.name).toBe('en');
        await settle(page);
        found.push(...(await englishLeftovers(page, data)).map((text) => `${entry.name}: ${text}`));
        if (PICTURED.has(entry.name)) await screenshot(page, `english-${entry.name}`);
      }
      await setLanguage(page, 'vi');
      await page.close();
      expect(found).toEqual([]);
    });
  }

  it('the student quiz page (its own small dictionary)', async () => {
    const { page, data } = await englishPage();
    const attemptId = await startedAttempt(page);
    await page.goto(`${baseUrl}/lam-bai/${attemptId}`);
    await page.getByRole('timer').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await settle(page);
    const found = await englishLeftovers(page, data);
    await page.getByRole('button', { name: 'Submit' }).first().click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await englishLeftovers(page, data)));
    await screenshot(page, 'english-quiz');
    await setLanguage(page, 'vi');
    await page.close();
    expect(found).toEqual([]);
  });
});

/**
 * A one-question test of the demo teacher, assigned to its last class and started by that class's
 * second student (6A and first students belong to other journeys).
 */
async function startedAttempt(page: Page): Promise<string> {
  const { attemptId } = await quizStartedInOtherClass(page, {
    title: 'Kiểm tra tiếng Anh (e2e)',
    contents: [
      { type: 'single_choice', stem: 'Số nào là số nguyên tố?', options: choices('C', '4', '6', '7', '9') },
    ],
    seed: 'english',
    minutes: 15,
    openForMs: 30 * 60_000,
    student: 2,
    whichClass: 'last',
  });
  return attemptId;
}
