import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { type Browser, DESKTOP, launchBrowser, watchErrors } from './browser.js';
import { heading, signIn } from './journey.js';

interface Session {
  /** The test's page. */
  page: () => Page;
  /** The test's page, signed in as a demo user (the demo password) and on its home page. */
  signedIn: (username: string) => Promise<Page>;
  /** The test's page, signed in as a demo user and opened at `path`, once its heading `title` shows. */
  openAs: (username: string, path: string, title: string | RegExp) => Promise<Page>;
}

/**
 * One browser per test file; each test gets a fresh page without cookies, and fails if the page
 * logged an error (a CSP violation, an uncaught exception, a failed request other than a 401).
 */
export function usePage(): Session {
  const baseUrl = inject('baseUrl');
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
  const signedIn = async (username: string) => {
    await signIn(current, baseUrl, username);
    return current;
  };
  const openAs = async (username: string, path: string, title: string | RegExp) => {
    await signedIn(username);
    await current.goto(`${baseUrl}${path}`);
    await heading(current, title);
    return current;
  };
  return { page: () => current, signedIn, openAs };
}
