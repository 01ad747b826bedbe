import { addDays, vietnamDateTime } from '@hoclieu/domain';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { type Browser, DESKTOP, launchBrowser, PHONE, watchErrors } from './browser.js';
import { journeyCalendar } from './empty-install-calendar.js';
import {
  mathPaper,
  ORG,
  provinceWorkbook,
  QUESTION_STEMS,
  QUIZ_TITLE,
  schoolFiles,
  WORKBOOK_DISTRICT,
} from './empty-install-fixtures.js';
import { moveToNextYear } from './empty-install-next-year.js';
import { setUpProvince } from './empty-install-province.js';
import { type EmptyServer, startEmptyServer } from './empty-install-server.js';
import { journeyAccounts, pick, shot, shown } from './empty-install-ui.js';
import { field, heading, screenshotDir, settle, signOut } from './journey.js';
import { wordFile } from './question-fixtures.js';

/**
 * The empty-install journey: a Sở puts the platform into use from an EMPTY database, through the UI only,
 * with the server in Vietnam's zone. Each step signs in as the person who owns it. The steps share
 * one browser page and run in order; after a failed step the later ones are skipped.
 */

/**
 * axe-core on the first-time setup page (it exists only on an empty install, so not in the site map
 * of accessibility.test.ts): English then Vietnamese, each on a desktop and a phone; it ends as it began.
 */
async function setupPageViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const language of ['en', 'vi']) {
    await page.evaluate((lng) => localStorage.setItem('hoclieu.language', lng), language);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await settle(page);
      found.push(...(await axeViolations(page, `setup [${size} ${language}]`)));
    }
  }
  await page.setViewportSize(DESKTOP);
  return found;
}

describe('a province set up from an empty install, in Vietnam time', () => {
  let server: EmptyServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let base: string;
  const passwords = new Map<string, string>();
  const calendar = journeyCalendar(new Date());
  const { today, year, nextYear } = calendar;

  beforeAll(async () => {
    server = await startEmptyServer();
    base = server.url;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize(DESKTOP);
    errors = watchErrors(page);
  }, 200_000);

  // The steps build on each other: after a failed one, the rest is skipped (its picture kept).
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    failed = true;
    await page
      .screenshot({ path: `${screenshotDir}/empty-FAILED.png`, fullPage: true })
      .catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const accounts = journeyAccounts(() => ({ page, base }));
  const { firstSignIn, signIn, createAccount } = accounts;

  it('nobody can sign in; the setup link from the server log creates the first system admin', async () => {
    await page.goto(`${base}/dang-nhap`);
    await heading(page, 'Đăng nhập');
    await page.getByText('Chưa có quản trị hệ thống').waitFor();
    await shot(page, '01-login-no-admin');

    await page.goto(`${base}/cai-dat?token=${server.setupToken}`);
    await heading(page, 'Cài đặt lần đầu');
    expect(await setupPageViolations(page)).toEqual([]);
    const { admin } = ORG;
    await field(page, 'Tên đăng nhập').fill(admin.username);
    await field(page, 'Họ và tên').fill(admin.fullName);
    await field(page, 'Mật khẩu').fill(admin.password);
    await field(page, 'Nhập lại mật khẩu').fill(admin.password);
    await shot(page, '02-setup');
    await page.getByRole('button', { name: 'Tạo quản trị viên và đăng nhập' }).click();
    await heading(page, /^Xin chào/);
    await page.getByText('Bắt đầu thiết lập hệ thống').waitFor();
    await shot(page, '03-admin-home-guide');
  });

  it('the system admin creates the province, its district office, the school year and the targets', async () => {
    await setUpProvince({ page, base }, calendar, accounts, passwords);
  });

  it('the district officer adds the school and its admin', async () => {
    const { officer, school, schoolAdmin } = ORG;
    await firstSignIn(officer.username, passwords.get(officer.username) ?? '', officer.password);
    await page.goto(`${base}/truong`);
    await heading(page, 'Trường học');
    await page.getByRole('button', { name: 'Thêm trường' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm trường' });
    await dialog.getByRole('textbox', { name: 'Mã trường' }).fill(school.code);
    await dialog.getByRole('textbox', { name: 'Tên trường' }).fill(school.name);
    await dialog.getByRole('textbox', { name: 'Địa chỉ' }).fill('Xã Tiến Hoá, huyện Tuyên Hoá');
    await shot(page, '08-new-school');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('main').getByText(school.name).first().waitFor();
    await shot(page, '09-schools');

    passwords.set(
      schoolAdmin.username,
      await createAccount(
        'Quản trị trường',
        new RegExp(school.name),
        schoolAdmin.username,
        schoolAdmin.fullName,
      ),
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    await signOut(page);
  });

  it('the school admin imports classes, teachers and students from .xlsx', async () => {
    const { schoolAdmin, teacher, student } = ORG;
    await firstSignIn(
      schoolAdmin.username,
      passwords.get(schoolAdmin.username) ?? '',
      schoolAdmin.password,
      '10-forced-password',
    );
    const files = schoolFiles(year);
    await page.goto(`${base}/nhap-du-lieu`);
    await heading(page, 'Nhập dữ liệu');
    const report = page.getByTestId('import-report');
    /** The one-time password the import report lists for a new account. */
    const oneTimePassword = async (username: string) =>
      (
        (await report.getByRole('row').filter({ hasText: username }).locator('td').last().textContent()) ?? ''
      ).trim();
    for (const [kind, file] of [
      ['Lớp', files.classes],
      ['Giáo viên', files.teachers],
      ['Học sinh', files.students],
    ] as const) {
      await page.getByRole('main').getByText(kind, { exact: true }).click();
      await page.locator('input[type=file]').setInputFiles(await file());
      await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
      await report.waitFor();
      await report.getByText('Không có dòng nào bị lỗi.').waitFor();
      if (kind === 'Lớp') await shot(page, '11-import-classes');
      if (kind === 'Giáo viên') passwords.set(teacher.username, await oneTimePassword(teacher.username));
    }
    passwords.set(student.username, await oneTimePassword(student.username));
    expect(passwords.get(student.username)?.length).toBeGreaterThanOrEqual(8);
    expect(passwords.get(teacher.username)?.length).toBeGreaterThanOrEqual(8);
    await shot(page, '12-import-students');
    await signOut(page);
  });

  it('the teacher writes two questions, the school admin approves them, the teacher builds and assigns a quiz', async () => {
    const { teacher, schoolAdmin, className } = ORG;
    await firstSignIn(teacher.username, passwords.get(teacher.username) ?? '', teacher.password);
    await page.goto(`${base}/ngan-hang-cau-hoi/nhap`);
    await heading(page, 'Nhập câu hỏi từ tệp');
    await page
      .locator('input[type=file]')
      .setInputFiles(await wordFile('Kiểm tra 15 phút Toán 6.docx', mathPaper()));
    const main = page.getByRole('main');
    await main.getByRole('article', { name: 'Câu 2' }).waitFor();
    await pick(page, 'Khối lớp', 'Lớp 6', main);
    await pick(page, 'Môn học', 'Toán', main);
    await main.getByRole('checkbox', { name: 'Gửi duyệt cấp trường ngay' }).check();
    await shot(page, '13-question-import');
    await main.getByRole('button', { name: 'Nhập 2 câu hỏi' }).click();
    await expect
      .poll(() => main.getByTestId('import-result').textContent())
      .toContain('Đã lưu 2 câu hỏi; 0 câu không lưu được.');
    await signOut(page);

    await signIn(schoolAdmin.username, schoolAdmin.password);
    await page.goto(`${base}/duyet-hoc-lieu?tab=cau-hoi`);
    await heading(page, 'Chờ duyệt');
    for (const text of QUESTION_STEMS) {
      const card = page.getByRole('main').getByRole('article').filter({ hasText: text });
      await card.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await card.waitFor({ state: 'detached' });
    }
    await signOut(page);

    await signIn(teacher.username, teacher.password);
    await page.goto(`${base}/de-kiem-tra/moi`);
    await heading(page, 'Tạo đề kiểm tra');
    await page.getByRole('textbox', { name: 'Tên đề' }).fill(QUIZ_TITLE);
    await pick(page, 'Khối lớp', 'Lớp 6');
    await pick(page, 'Môn học', 'Toán');
    for (const text of QUESTION_STEMS) {
      const card = page.getByTestId('bank-results').getByRole('article').filter({ hasText: text });
      // The bank's search index catches up with the approval within a few seconds.
      await card.waitFor({ timeout: 30_000 });
      await card.getByRole('button', { name: 'Thêm vào đề' }).click();
    }
    await shot(page, '14-exam-builder');
    await page.getByRole('button', { name: 'Lưu đề' }).click();
    await heading(page, QUIZ_TITLE);
    await page.getByRole('button', { name: 'Tạo mã đề' }).click();
    await page
      .getByRole('button', { name: /^Đề mã \d{3} \(\.docx\)$/ })
      .first()
      .waitFor();

    // Opened at 00:05 this morning, Vietnam time (17:05 UTC the day before): the lesson is today's.
    // (In the first minutes of a Vietnamese day, at its very start: 17:00 UTC the day before.)
    const opening = vietnamDateTime(new Date()) < `${today}T00:06` ? `${today}T00:00` : `${today}T00:05`;
    await page.getByRole('button', { name: 'Giao bài' }).click();
    const dialog = page.getByRole('dialog');
    // A multi-select: its input is a plain textbox, and the list stays open after a choice.
    await dialog.locator('.mantine-MultiSelect-input').click();
    await page.getByRole('option', { name: `${className} · Lớp 6` }).click();
    await dialog.getByText('Công bố kết quả', { exact: true }).click();
    await dialog.getByLabel('Mở lúc').fill(opening);
    await dialog.getByRole('radio', { name: 'Điểm ngay khi nộp, đáp án sau' }).check();
    await shot(page, '15-assign');
    await dialog.getByRole('button', { name: 'Giao bài' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Đã giao bài cho ${className}.`).first().waitFor();
    await shot(page, '16-exam-assigned');
    await signOut(page);
  });

  it('a student takes the quiz on a phone', async () => {
    const { student } = ORG;
    await page.setViewportSize(PHONE);
    await firstSignIn(student.username, passwords.get(student.username) ?? '', student.password);
    await page.goto(`${base}/bai-kiem-tra`);
    await heading(page, 'Bài kiểm tra');
    await shot(page, '17-quiz-list-phone');
    const card = page.getByRole('main').getByRole('article').filter({ hasText: QUIZ_TITLE });
    await card.getByRole('button', { name: /^(Làm bài|Tiếp tục)$/ }).click();
    await page.waitForURL(/\/lam-bai\/[0-9a-f-]{36}$/);
    await page.getByText('Cả bài', { exact: true }).click();
    const groups = page.locator('.quiz-options');
    await expect.poll(() => groups.count()).toBe(2);
    for (const group of await groups.all()) await group.getByRole('radio').first().check();
    const status = page
      .getByRole('status')
      .filter({ hasText: /Đã lưu|Đang lưu|Mất mạng|Chưa lưu/ })
      .first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Đã lưu');
    await shot(page, '18-quiz-phone');
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài', exact: true }).click();
    await page.getByText('Điểm của bạn').waitFor();
    await shot(page, '19-quiz-result-phone');
    await page
      .getByRole('link', { name: 'Về danh sách bài kiểm tra' })
      .or(page.getByRole('button', { name: 'Về danh sách bài kiểm tra' }))
      .click();
    await heading(page, 'Bài kiểm tra');
    await signOut(page);
    await page.setViewportSize(DESKTOP);
  });

  it("the district officer's report counts the period on today's Vietnamese day", async () => {
    const { officer, school, className } = ORG;
    await signIn(officer.username, officer.password);
    const summary = () =>
      page.getByRole('group', { name: 'Trung học (THCS+THPT)', exact: true }).textContent();

    // The day before: nothing yet (a UTC date would have put the 00:05 quiz there).
    await page.goto(`${base}/bao-cao?asOf=${addDays(today, -1)}`);
    await heading(page, 'Tỷ lệ dạy học trực tuyến');
    await expect.poll(summary).toMatch(/(^|\D)0 \/ [\d.,]+ tiết/);

    await page.goto(`${base}/bao-cao`);
    await heading(page, 'Tỷ lệ dạy học trực tuyến');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(`Ngày báo cáo ${shown(today)}`);
    await expect.poll(summary).toMatch(/(^|\D)1 \/ [\d.,]+ tiết/);
    expect(await summary()).toMatch(/Chỉ tiêu 12\s?%/);
    await shot(page, '20-district-report');

    await page.getByRole('main').getByRole('link', { name: school.name }).first().click();
    await heading(page, `Tỷ lệ dạy học trực tuyến: ${school.name}`);
    await page.getByRole('main').getByRole('link', { name: className, exact: true }).first().click();
    await heading(page, `Tỷ lệ dạy học trực tuyến: lớp ${className}`);
    const records = page
      .getByRole('table', { name: 'Các buổi dạy trực tuyến được tính' })
      .or(page.getByRole('main').locator('table').last());
    const first = records.locator('tbody tr').first();
    await first.waitFor();
    expect(await first.locator('td').first().textContent()).toBe(shown(today));
    expect(await first.textContent()).toContain('Toán');
    await shot(page, '21-class-report');
  });

  it('the next year: created, classes rolled over, made current; the past year still reports with its own target', async () => {
    await moveToNextYear({ page, base }, calendar, accounts);
  });

  it('the Sở adds a second district with its school and people from the organisation workbook', async () => {
    await signIn(ORG.admin.username, ORG.admin.password);
    await page.goto(`${base}/nhap-du-lieu`);
    await heading(page, 'Nhập dữ liệu');
    await page.getByRole('main').getByText('Cả tỉnh (tệp tổng hợp)', { exact: true }).click();
    await pick(page, 'Sở GDĐT nhận dữ liệu', ORG.province.name);
    await page.locator('input[type=file]').setInputFiles(await provinceWorkbook(nextYear));
    await page.getByRole('button', { name: 'Tải lên và bắt đầu nhập' }).click();
    const progress = page.getByTestId('org-import-progress');
    await progress.getByText('Đã nhập xong').waitFor({ timeout: 60_000 });
    await expect.poll(() => progress.textContent()).toContain('Không có dòng nào bị lỗi.');
    await expect.poll(() => progress.textContent()).toContain('Tài khoản mới: 4');
    await shot(page, '27-org-workbook');

    await page.goto(`${base}/phong-gddt`);
    await page.getByRole('main').getByText(WORKBOOK_DISTRICT).first().waitFor();
    await shot(page, '28-districts-after-workbook');
    expect(errors).toEqual([]);
  });
});
