import { choices } from '@hoclieu/question-formats/testing';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, assignedExam, call, classIdOf, submittedBy } from './api-calls.js';
import { heading, screenshot, screenshotBoth, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const STEM = 'Số nào là số nguyên tố? (e2e độ khó)';
/** Students of 6A besides the showcase account (which the quiz journey uses). */
const STUDENTS = [2, 3, 4].map((n) => `hs.thcs-tienhoa.6a.${n}`);

type Part = { key: string; type: string; options: { id: string; html: string }[] };

/**
 * The teacher's single choice question, in a test assigned to 6A that three students answer right
 * through the page's API context, which is signed out afterwards.
 */
async function answeredByThree(page: Page) {
  const request = page.request;
  const csrf = await apiSignIn(request, 'giaovien');
  const question = await call(request, 'POST', '/api/questions', csrf, {
    content: { type: 'single_choice', stem: STEM, options: choices('A', '7', '8', '9', '10') },
    meta: { subjectCode: 'toan', grade: 6, level: 'biet' },
  });
  const assignment = await assignedExam(request, csrf, {
    title: 'Độ khó ước lượng (e2e)',
    grade: 6,
    questionIds: [question.id],
    classId: await classIdOf(request, csrf, '6A'),
    seed: 'estimate',
    minutes: 15,
    openForMs: 3_600_000,
  });
  // All three students answer right: the question is easier than an unknown one.
  await submittedBy<{ questions: Part[] }>(request, assignment.id, STUDENTS, ({ questions: [part] }) => [
    { key: part?.key, answer: { choice: part?.options.find((o) => o.html.includes('7'))?.id } },
  ]);
  await page.context().clearCookies();
  return question;
}

describe("the teacher's side of practice", () => {
  const session = usePage();

  it('shows the difficulty a graded test estimated on the bank card and the detail page', async () => {
    const page = session.page();
    const question = await answeredByThree(page);
    await signIn(page, baseUrl, 'giaovien');
    // Counted in the background after each submit: reload until the detail shows it.
    let badge = '';
    for (let tries = 0; tries < 20 && !badge.includes('3 lượt'); tries++) {
      await page.goto(`${baseUrl}/ngan-hang-cau-hoi/${question.id}`);
      await page.getByText(STEM).first().waitFor();
      badge =
        (await page
          .getByTestId('estimate-badge')
          .first()
          .textContent()
          .catch(() => '')) ?? '';
      if (!badge.includes('3 lượt')) await page.waitForTimeout(500);
    }
    expect(badge).toMatch(/^Ước lượng: (Dễ|Trung bình) · \d+% · 3 lượt trả lời$/);
    await screenshot(page, 'mastery-question-estimate');

    await page.goto(`${baseUrl}/ngan-hang-cau-hoi?mine=true&q=${encodeURIComponent('nguyên tố')}`);
    const card = page.getByRole('article').filter({ hasText: STEM }).first();
    await expect(card.getByTestId('estimate-badge').textContent()).resolves.toContain('3 lượt trả lời');
    await screenshot(page, 'mastery-bank-card');
  });

  it('opens the class mastery table from the class page and sets a practise-until-mastery goal', async () => {
    const page = await session.signedIn('giaovien');
    const classId = await classIdOf(page.request, {}, '6A');
    await page.goto(`${baseUrl}/lop/${classId}`);
    await heading(page, /6A/);
    await page.getByRole('link', { name: 'Mức thành thạo luyện tập' }).click();
    await heading(page, 'Mức thành thạo luyện tập · Lớp 6A');

    await page.getByRole('button', { name: 'Giao mục tiêu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Giao mục tiêu luyện tập cho lớp 6A' });
    // A multi-select: its input is a plain textbox, and the list stays open after a choice.
    await dialog.locator('.mantine-MultiSelect-input').click();
    await page.getByRole('option').first().click();
    // Closes the topic list (a click on the dialog's title, above the list; Escape would close the dialog).
    await dialog.locator('.mantine-Modal-title').click();
    await dialog.getByRole('button', { name: 'Giao mục tiêu' }).click();
    await page.getByText('Đã giao mục tiêu cho lớp.').waitFor();
    const goal = page.getByTestId('practice-goal').first();
    await expect(goal.textContent()).resolves.toMatch(/Đạt 80% trước hết ngày \d\d\/\d\d\/\d{4}/);
    // The goal's topic is a column even before anyone practised it.
    await page.getByTestId('mastery-topic').first().waitFor();
    await screenshotBoth(page, 'mastery-class');
  });
});
