import { choices } from '@hoclieu/question-formats/testing';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { call, quizStartedInOtherClass } from './api-calls.js';
import { PHONE } from './browser.js';
import { screenshot, signOut } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Kiểm tra khi mất mạng – Toán (e2e)';

interface PaperQuestion {
  key: string;
  stem: string;
  options: { id: string; html: string }[];
}

/**
 * A three-question test for a class of the demo school other than 6A, assigned for half an hour,
 * and an attempt of its third student started through the API (the page is signed in as them).
 */
function startedAttempt(page: Page) {
  return quizStartedInOtherClass(page, {
    title: TITLE,
    contents: [
      { type: 'single_choice', stem: 'Số nào là số nguyên tố?', options: choices('C', '4', '6', '7', '9') },
      { type: 'single_choice', stem: 'Số nào chia hết cho 5?', options: choices('B', '3', '10', '12', '14') },
      { type: 'short_answer', stem: 'Tính 1 : 4', answer: { accepted: ['0,25'], tolerance: null } },
    ],
    seed: 'offline',
    minutes: 30,
    openForMs: 60 * 60_000,
    student: 3,
  });
}

/** "29:41" → 1781 seconds. */
const secondsOf = (text: string | null) =>
  (text ?? '').split(':').reduce((total, part) => total * 60 + Number.parseInt(part, 10), 0);

describe('the quiz page reloaded without a network', () => {
  const session = usePage();

  it('reopens offline with the paper, the answers and the countdown, syncs when back, and forgets it all at sign-out', async () => {
    const page = session.page();
    await page.setViewportSize(PHONE);

    // Served for the worker: revalidated on every check (no-cache), as a script.
    const worker = await page.request.get(`${baseUrl}/sw.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-type']).toMatch(/javascript/);

    const { attemptId, studentCsrf } = await startedAttempt(page);
    await page.goto(`${baseUrl}/lam-bai/${attemptId}`);
    // Installed once the page has loaded (precache done), and in charge of this page at once.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${baseUrl}/lam-bai/`);

    const status = page.locator('.quiz-sync');
    const timer = page.getByRole('timer');
    const seven = page.getByRole('radio', { name: /\. 7$/ });
    const ten = page.getByRole('radio', { name: /\. 10$/ });
    const shortAnswer = page.getByRole('textbox', { name: /Đáp án/ }).first();
    await page.getByText('Cả bài', { exact: true }).click();
    await seven.check();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã lưu');

    await page.context().setOffline(true);
    await ten.check();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Mất mạng – 1 câu chờ gửi');
    // The worker is offline too: nothing reaches the server.
    const reached = await page.evaluate(() =>
      fetch('/api/health', { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);

    const before = secondsOf(await timer.textContent());
    await page.reload();
    await seven.waitFor();
    expect(await seven.isChecked()).toBe(true);
    expect(await ten.isChecked()).toBe(true);
    // The same deadline by the server's clock: not a second more than before the reload.
    const after = secondsOf(await timer.textContent());
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 60);
    await shortAnswer.fill('0,25');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Mất mạng – 2 câu chờ gửi');
    await expect
      .poll(async () => secondsOf(await timer.textContent()), { timeout: 5_000 })
      .toBeLessThan(after);
    await screenshot(page, 'offline-reload-phone');

    await page.context().setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Đã lưu');
    await screenshot(page, 'offline-synced-phone');
    // The server holds all three answers.
    const held = await call(page.request, 'GET', `/api/attempts/${attemptId}`, studentCsrf);
    const questions = held.questions as PaperQuestion[];
    const byStem = (text: string) => questions.find((q) => q.stem.includes(text)) as PaperQuestion;
    const optionId = (q: PaperQuestion, text: string) => q.options.find((o) => o.html.includes(text))?.id;
    const prime = byStem('nguyên tố');
    const fives = byStem('chia hết cho 5');
    expect(held.answers).toEqual({
      [prime.key]: { choice: optionId(prime, '7') },
      [fives.key]: { choice: optionId(fives, '10') },
      [byStem('1 : 4').key]: { text: '0,25' },
    });

    // The main app is outside the worker's scope; signing out there empties the offline copies.
    await page.goto(`${baseUrl}/`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await signOut(page);
    const left = await page.evaluate(async () => ({
      papers: await caches.has('hoclieu-papers'),
      snapshots: Object.keys(localStorage).filter((key) => key.endsWith('.snapshot')),
    }));
    expect(left).toEqual({ papers: false, snapshots: [] });

    // The next student on this phone, offline, opens the link: the page, but no paper.
    await page.context().setOffline(true);
    const next = await page.context().newPage();
    try {
      await next.setViewportSize(PHONE);
      await next.goto(`${baseUrl}/lam-bai/${attemptId}`);
      await next.getByRole('alert').waitFor();
      expect(await next.getByRole('radio').count()).toBe(0);
      await screenshot(next, 'offline-after-sign-out-phone');
    } finally {
      await next.close();
      await page.context().setOffline(false);
    }
  });
});
