import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, assignedExam, call } from './api-calls.js';
import { heading, screenshot, screenshotBoth, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const STEM = 'Số nào là số nguyên tố? (e2e độ khó)';
/** Students of 6A besides the showcase account (which the quiz journey uses). */
const STUDENTS = [2, 3, 4].map((n) => `hs.thcs-tienhoa.6a.${n}`);

type Part = { key: string; type: string; options: { id: string; html: string }[] };

describe("the teacher's side of practice", () => {
  const session = usePage();

  it('shows the difficulty a graded test estimated on the bank card and the detail page', async () => {
    const page = session.page();
    const request = page.request;
    let csrf = await apiSignIn(request, 'giaovien');
    const question = await call(request, 'POST', '/api/questions', csrf, {
      content: {
        type: 'single_choice',
        stem: STEM,
        options: [
          { label: 'A', html: '7', correct: true },
          { label: 'B', html: '8', correct: false },
          { label: 'C', html: '9', correct: false },
          { label: 'D', html: '10', correct: false },
        ],
      },
      meta: { subjectCode: 'toan', grade: 6, level: 'biet' },
    });
    const classes = await call(request, 'GET', '/api/me/classes', csrf);
    const classId = (classes.items as { id: string; name: string }[]).find((c) => c.name === '6A')?.id;
    const assignment = await assignedExam(request, csrf, {
      title: 'Độ khó ước lượng (e2e)',
      grade: 6,
      questionIds: [question.id],
      classId: classId as string,
      seed: 'estimate',
      minutes: 15,
      openForMs: 3_600_000,
    });
    // All three students answer right: the question is easier than an unknown one.
    for (const username of STUDENTS) {
      csrf = await apiSignIn(request, username);
      const view = await call(request, 'POST', `/api/assignments/${assignment.id}/attempts`, csrf);
      const part = (view.questions as Part[])[0] as Part;
      const right = part.options.find((o) => o.html.includes('7'))?.id;
      await call(request, 'PUT', `/api/attempts/${view.id}/answers`, csrf, {
        seq: 1,
        answers: [{ key: part.key, answer: { choice: right } }],
      });
      await call(request, 'POST', `/api/attempts/${view.id}/submit`, csrf);
    }

    await page.context().clearCookies();
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
    const classes = await call(page.request, 'GET', '/api/me/classes', {});
    const classId = (classes.items as { id: string; name: string }[]).find((c) => c.name === '6A')?.id;
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
