import { choices } from '@hoclieu/question-formats/testing';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { quizStartedInOtherClass } from './api-calls.js';
import { axeViolations } from './axe.js';
import { PHONE } from './browser.js';
import { screenshot, settle } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Kiểm tra bằng bàn phím – Toán (e2e)';

/** Presses Tab until `target` has the focus (it must be reachable in the tab order). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab: ${target}`);
}

/** The focused element shows a keyboard focus ring (on itself, or on the option row around a radio). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element?.matches(':focus-visible')) return false;
    const ringed = element.closest('.quiz-option, .q-segmented label') ?? element;
    const style = getComputedStyle(ringed);
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

/**
 * A class of the demo school other than 6A (whose students other journeys use), a test of every
 * answer type for its grade, assigned to it, closing in ten minutes and a few seconds: the
 * countdown passes the ten-minute mark while the student works.
 */
function assignedPaper(page: Page) {
  const contents = [
    { type: 'single_choice', stem: 'Số nào là số nguyên tố?', options: choices('C', '4', '6', '7', '9') },
    {
      type: 'multiple_select',
      stem: 'Những số nào chia hết cho 3?',
      options: choices('AC', '3', '5', '9', '10'),
    },
    {
      type: 'true_false_group',
      stem: 'Xét tính đúng sai của các mệnh đề sau.',
      statements: ['a', 'b', 'c', 'd'].map((label, i) => ({
        label,
        html: `${i + 2} là số chẵn`,
        correct: i % 2 === 0,
      })),
    },
    { type: 'short_answer', stem: 'Tính 1 : 4', answer: { accepted: ['0,25'], tolerance: null } },
    { type: 'essay', stem: 'Trình bày cách cộng hai phân số.', rubric: '<p>Quy đồng (1 điểm)</p>' },
  ];
  return quizStartedInOtherClass(page, {
    title: TITLE,
    contents,
    seed: 'keyboard',
    minutes: 15,
    openForMs: 10 * 60_000 + 45_000,
    student: 1,
  });
}

describe('the quiz page with a keyboard and a screen reader', () => {
  const session = usePage();

  it('answers every type by keyboard only, hears the time at the ten-minute mark, not each second, and passes axe', async () => {
    const page = session.page();
    const { attemptId } = await assignedPaper(page);
    await page.goto(`${baseUrl}/lam-bai/${attemptId}`);
    const timer = page.getByRole('timer');
    await timer.waitFor();
    expect(await timer.getAttribute('aria-live')).toBe('off');
    const notice = page.getByTestId('time-notice');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    // Count what changes in the live region while the countdown ticks.
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="time-notice"]');
      const w = window as unknown as { noticeChanges: number };
      w.noticeChanges = 0;
      let last = region?.textContent;
      if (region)
        // What a screen reader would speak: the region's text changing, not re-renders of the same text.
        new MutationObserver(() => {
          if (region.textContent !== last) w.noticeChanges++;
          last = region.textContent;
        }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    // Silent while the seconds tick.
    const shown = await timer.textContent();
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(shown);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { noticeChanges: number }).noticeChanges)).toBe(0);
    const found = await axeViolations(page, 'quiz, one question per screen');

    // "Cả bài" with the arrows of the layout radio group.
    await tabTo(page, page.getByRole('radio', { name: 'Từng câu' }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Cả bài' }).isChecked()).toBe(true);
    await page.locator('.quiz-paper .quiz-question').nth(4).waitFor();
    found.push(...(await axeViolations(page, 'quiz, the whole paper')));

    // The single choice: Tab into the radio group (named by its question), Space picks, ArrowDown moves on.
    const single = page.getByRole('group', { name: /^Câu \d+: Chọn một đáp án$/ });
    const singleRadios = single.getByRole('radio');
    await tabTo(page, singleRadios.first());
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await singleRadios.nth(2).isChecked()).toBe(true);
    expect(await singleRadios.nth(0).isChecked()).toBe(false);

    // Multiple select: checkboxes, Space on each wanted one.
    const many = page.getByRole('group', { name: /^Câu \d+: Chọn một hoặc nhiều/ }).getByRole('checkbox');
    await tabTo(page, many.nth(0));
    await page.keyboard.press('Space');
    await tabTo(page, many.nth(2));
    await page.keyboard.press('Space');
    expect([await many.nth(0).isChecked(), await many.nth(2).isChecked()]).toEqual([true, true]);

    // True/false: Đúng / Sai buttons of each statement, pressed with Enter.
    const statements = page.getByRole('group', { name: /^Câu \d+$/ });
    for (const [i, truth] of ['Đúng', 'Sai', 'Đúng', 'Sai'].entries()) {
      const button = statements
        .getByRole('group', { name: new RegExp(`^${'abcd'[i]}\\)`) })
        .getByRole('button', { name: truth, exact: true });
      await tabTo(page, button);
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    }

    // The short answer and the essay, labelled with their question.
    await tabTo(page, page.getByRole('textbox', { name: /^Đáp án – Câu \d+$/ }));
    await page.keyboard.type('0,25');
    await tabTo(page, page.getByRole('textbox', { name: /^Bài làm – Câu \d+$/ }));
    await page.keyboard.type('Quy đồng mẫu số rồi cộng các tử số.');

    const status = page.getByRole('status').filter({ hasText: /Đã lưu|Đang lưu/ });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã lưu');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.setViewportSize(PHONE);
    found.push(...(await axeViolations(page, 'quiz answered, phone')));
    await screenshot(page, 'quiz-keyboard-phone');

    // One polite notice as ten minutes are left, and only one.
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toBe('Còn 10 phút làm bài.');
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => (window as unknown as { noticeChanges: number }).noticeChanges)).toBe(1);

    // The question list on a phone (a sheet): a question button jumps there.
    await tabTo(page, page.getByRole('button', { name: /^Danh sách câu/ }).first());
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Danh sách câu' });
    await sheet.waitFor();
    found.push(...(await axeViolations(page, 'quiz question list, phone')));
    await tabTo(page, sheet.getByRole('button', { name: /^Câu \d+, đã làm/ }).last());
    await page.keyboard.press('Enter');
    await sheet.waitFor({ state: 'detached' });

    // Submit with the keyboard: the dialog takes the focus, Tab reaches "Nộp bài", Enter confirms.
    await tabTo(page, page.getByRole('button', { name: 'Nộp bài', exact: true }).first());
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nộp bài?' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    found.push(...(await axeViolations(page, 'quiz submit dialog, phone')));
    await tabTo(page, dialog.getByRole('button', { name: 'Nộp bài', exact: true }), 10);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Đã nộp bài' }).waitFor();
    found.push(...(await axeViolations(page, 'quiz submitted, phone')));

    // The corrected paper (the main app's result page), reached by keyboard when released.
    const review = page.getByRole('link', { name: /^Xem bài/ });
    if (await review.isVisible()) {
      await tabTo(page, review);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/ket-qua\//);
    } else await page.goto(`${baseUrl}/ket-qua/${attemptId}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(page);
    found.push(...(await axeViolations(page, 'corrected paper, phone')));
    await screenshot(page, 'quiz-corrected-phone');
    await page.evaluate(() => localStorage.setItem('hoclieu.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(page);
    found.push(...(await axeViolations(page, 'corrected paper, phone en')));
    await page.evaluate(() => localStorage.setItem('hoclieu.language', 'vi'));
    expect(found, found.join('\n')).toEqual([]);
  }, 240_000);
});
