import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type Browser, DESKTOP, launchBrowser, watchErrors } from './browser.js';

/**
 * One browser per test file; each test gets a fresh page without cookies, and fails if the page
 * logged an error (a CSP violation, an uncaught exception, a failed request other than a 401).
 */
export function usePage(): { page: () => Page } {
  let browser: Browser;
  let current: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    current = await browser.context.newPage();
    await current.setViewportSize(DESKTOP);
    const errors = watchErrors(current);
    return async () => {
      await current.close();
      expect(errors).toEqual([]);
    };
  });
  return { page: () => current };
}
