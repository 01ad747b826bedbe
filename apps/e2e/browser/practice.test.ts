import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './browser.js';
import { heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
/** The quiz page's budget holds for the practice view of the same light entry. */
const JS_BUDGET_BYTES = 100 * 1000;

/** The compressed bytes of every script a fresh load of `url` transfers (as bench/scenarios/quiz-page.ts). */
async function scriptBytes(page: Page, url: string): Promise<{ bytes: number; uncompressed: string[] }> {
  const finished: Promise<{ bytes: number; encoding: string; url: string } | null>[] = [];
  const listener = (request: Request) => {
    finished.push(
      (async () => {
        const response = await request.response();
        const type = response?.headers()['content-type'] ?? '';
        if (!response || (request.resourceType() !== 'script' && !/javascript/.test(type))) return null;
        const sizes = await request.sizes();
        return {
          bytes: sizes.responseBodySize,
          encoding: response.headers()['content-encoding'] ?? '',
          url: request.url(),
        };
      })(),
    );
  };
  page.on('requestfinished', listener);
  await page.goto(url, { waitUntil: 'load' });
  await heading(page, 'Luyện tập');
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', listener);
  const scripts = (await Promise.all(finished)).filter((s) => s !== null);
  return {
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    uncompressed: scripts.filter((s) => !s.encoding && s.bytes > 1024).map((s) => s.url),
  };
}

/** Answers the question on screen: the first option, the first statement true, or a number. */
async function answerShown(page: Page) {
  const main = page.getByRole('main');
  const choices = main.locator('.quiz-options input');
  if ((await choices.count()) > 0) return choices.first().check();
  const truth = main.getByRole('button', { name: 'Đúng', exact: true });
  if ((await truth.count()) > 0) return truth.first().click();
  return main.getByRole('textbox').first().fill('5');
}

describe('a student practises on a phone through a network drop', () => {
  const session = usePage();

  it('opens Luyện tập from home, answers with feedback, answers offline, sees mastery move', async () => {
    const page = session.page();
    await page.setViewportSize(PHONE);
    await signIn(page, baseUrl, 'hocsinh');
    const entry = page.getByTestId('practice-entry');
    await entry.waitFor();
    await screenshot(page, 'practice-home-phone');
    await entry.getByRole('link', { name: 'Vào luyện tập' }).click();
    await page.waitForURL(/\/luyen-tap$/);
    await heading(page, 'Luyện tập');

    // The light entry's budget: a fresh load of the practice view.
    const js = await scriptBytes(page, `${baseUrl}/luyen-tap`);
    expect(js.uncompressed).toEqual([]);
    expect(js.bytes).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    await screenshot(page, 'practice-topics-phone');

    const topic = page.getByRole('listitem').filter({ hasText: 'Chương I. Tập hợp các số tự nhiên' });
    await topic.getByRole('button', { name: 'Luyện tập' }).click();
    const check = page.getByRole('button', { name: 'Kiểm tra', exact: true });
    await check.waitFor();
    // Math arrives typeset by the server, as on the quiz page.
    await expect.poll(() => page.locator('.quiz-stem .katex').count()).toBeGreaterThan(0);
    await screenshot(page, 'practice-question-phone');
    await answerShown(page);
    await check.click();
    const verdict = page.locator('.practice-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/^(Đúng rồi!|Chưa đúng\.|Đúng một phần\.)$/);
    expect(await page.locator('.practice-feedback').textContent()).toMatch(
      /Đáp án.*Mức thành thạo: \d+% → \d+%/s,
    );
    await screenshot(page, 'practice-feedback-phone');

    // The network drops: the answer waits on the device and goes out when it returns.
    await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
    await check.waitFor();
    await page.context().setOffline(true);
    await answerShown(page);
    await check.click();
    await page.getByRole('status').filter({ hasText: 'Mất mạng' }).waitFor();
    await screenshot(page, 'practice-offline-phone');
    await page.context().setOffline(false);
    await verdict.waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: '‹ Chủ đề' }).click();
    await heading(page, 'Luyện tập');
    await expect.poll(() => topic.textContent()).toMatch(/Mức thành thạo: \d+%.*2 câu, đúng \d/s);
    await screenshot(page, 'practice-progress-phone');
  });
});
