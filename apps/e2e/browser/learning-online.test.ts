import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSignIn, assignedExam, call } from './api-calls.js';
import { DESKTOP, PHONE } from './browser.js';
import { heading, navbarSettled, openSection, screenshot } from './journey.js';
import { usePage } from './session.js';

const STUDENT = 'hs.thcs-tienhoa.7a.4';
const SCHOOL = 'Trường THCS Tiến Hoá';

/** A one-question quiz of the demo teacher for 7A, started by its fourth student (no other journey's). */
async function quizStarted(page: Page) {
  const csrf = await apiSignIn(page.request, 'giaovien');
  const classes = (await call(page.request, 'GET', '/api/me/classes', csrf)).items as {
    id: string;
    name: string;
  }[];
  const schoolClass = classes.find((c) => c.name === '7A');
  if (!schoolClass) throw new Error('The demo teacher does not teach 7A');
  const options = ['4', '6', '7', '9'].map((html, i) => ({ label: 'ABCD'[i], html, correct: i === 2 }));
  const question = await call(page.request, 'POST', '/api/questions', csrf, {
    content: { type: 'single_choice', stem: 'Số nào là số nguyên tố?', options },
    meta: { subjectCode: 'toan', grade: 7, level: 'biet' },
  });
  const assignment = await assignedExam(page.request, csrf, {
    title: 'Kiểm tra nhanh (học trực tuyến, e2e)',
    grade: 7,
    questionIds: [question.id],
    classId: schoolClass.id,
    seed: 'learning',
    minutes: 15,
    openForMs: 30 * 60_000,
  });
  await page.context().clearCookies();
  const studentCsrf = await apiSignIn(page.request, STUDENT);
  await call(page.request, 'POST', `/api/assignments/${assignment.id}/attempts`, studentCsrf);
  await page.context().clearCookies();
}

describe('students learning online on the reports page', () => {
  const session = usePage();

  it('counts a student who took a quiz, per school and level, and lists the students behind the figure', async () => {
    await quizStarted(session.page());
    const page = await session.signedIn('phong.tuyenhoa');
    await openSection(page, 'Báo cáo', 'Tỷ lệ dạy học trực tuyến');
    const section = page.getByRole('region', { name: 'Học sinh học trực tuyến' });
    const table = section.getByRole('table', { name: 'Học sinh học trực tuyến theo trường' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: SCHOOL, exact: true }) });
    await row.waitFor();
    // Students, learning online, share, quizzes, practice, lectures.
    expect(Number((await row.locator('td').nth(2).textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(Number((await row.locator('td').nth(4).textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    await section.getByTestId('learning-share').first().waitFor();
    await screenshot(page, 'learning-online-report-desktop');
    await page.setViewportSize(PHONE);
    await navbarSettled(page, 'hidden');
    await screenshot(page, 'learning-online-report-phone');
    await page.setViewportSize(DESKTOP);

    await row.getByRole('link', { name: SCHOOL, exact: true }).click();
    await heading(page, `Học sinh học trực tuyến: ${SCHOOL}`);
    const students = page.getByRole('table', { name: 'Danh sách học sinh và hoạt động trực tuyến' });
    await students.getByRole('row').nth(1).waitFor();
    await page.getByRole('combobox', { name: 'Học sinh' }).click();
    await page.getByRole('option', { name: 'Được tính (có hoạt động)' }).click();
    const counted = students.getByRole('row').filter({ hasText: STUDENT });
    await counted.waitFor();
    expect(await counted.textContent()).toMatch(/1 lần, gần nhất \d{2}:\d{2}/);
    await screenshot(page, 'learning-online-students-desktop');
    await page.setViewportSize(PHONE);
    await navbarSettled(page, 'hidden');
    await counted.getByText(/Làm bài kiểm tra: 1 lần/).waitFor();
    await screenshot(page, 'learning-online-students-phone');
  });
});
