import { describe, expect, it } from 'vitest';
import { PHONE } from './browser.js';
import { screenshot } from './journey.js';
import { usePage } from './session.js';

describe('a student takes a test on a phone through a network drop', () => {
  const session = usePage();

  it('answers, loses the network, answers two more, syncs when it returns, submits and sees the score', async () => {
    const page = session.page();
    await page.setViewportSize(PHONE);
    await session.openAs('hocsinh', '/bai-kiem-tra', 'Bài kiểm tra');
    await screenshot(page, 'quiz-list-phone');
    const card = page
      .getByRole('main')
      .getByRole('article')
      .filter({ hasText: 'Kiểm tra 15 phút – Toán (demo)' });
    await card.getByRole('button', { name: /^(Làm bài|Tiếp tục)$/ }).click();
    await page.waitForURL(/\/lam-bai\/[0-9a-f-]{36}$/);
    const status = page
      .getByRole('status')
      .filter({ hasText: /Đã lưu|Đang lưu|Mất mạng|Chưa lưu/ })
      .first();

    await page.getByText('Cả bài', { exact: true }).click();
    const radios = page.locator('.quiz-options').getByRole('radio');
    await radios.first().waitFor();
    // Math arrives typeset by the server.
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    await radios.first().check();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã lưu');

    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Đúng', exact: true }).first().click();
    await page
      .getByRole('textbox', { name: /Đáp án/ })
      .first()
      .fill('10');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Mất mạng – 2 câu chờ gửi');
    await screenshot(page, 'quiz-offline-phone');

    await page.context().setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Đã lưu');

    // Another load (a reload, or another device) shows what the server holds.
    await page.reload();
    await radios.first().waitFor();
    await expect.poll(() => radios.first().isChecked()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: /Đáp án/ })
          .first()
          .inputValue(),
      )
      .toBe('10');
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Đúng', exact: true }).first().getAttribute('aria-pressed'),
      )
      .toBe('true');

    await page.getByRole('button', { name: 'Nộp bài', exact: true }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài', exact: true }).click();
    await page.getByText('Điểm của bạn').waitFor();
    await screenshot(page, 'quiz-submitted-phone');
  });
});
