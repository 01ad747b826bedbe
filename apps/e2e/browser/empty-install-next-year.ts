import { expect } from 'vitest';
import type { JourneyCalendar } from './empty-install-calendar.js';
import { ORG } from './empty-install-fixtures.js';
import { type JourneyPage, type journeyAccounts, pick, shot, shown } from './empty-install-ui.js';
import { heading, signOut } from './journey.js';

/**
 * The next school year: the Sở creates it, the district rolls its classes over, the Sở makes it
 * current; the district report shows each year with its own target, the past year's lesson kept.
 */
export async function moveToNextYear(
  { page, base }: JourneyPage,
  { today, year, nextYear }: JourneyCalendar,
  { signIn }: ReturnType<typeof journeyAccounts>,
) {
  await signOut(page);
  await signIn(ORG.admin.username, ORG.admin.password);
  await page.goto(`${base}/nam-hoc`);
  await heading(page, 'Năm học');
  await page.getByRole('button', { name: 'Tạo năm học' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo năm học' });
  await expect.poll(() => dialog.getByRole('textbox', { name: 'Mã năm học' }).inputValue()).toBe(nextYear);
  await dialog.getByRole('button', { name: 'Tạo năm học' }).click();
  await dialog.waitFor({ state: 'detached' });
  await signOut(page);

  // The district rolls its schools over: 6A becomes 7A, 9A leaves.
  await signIn(ORG.officer.username, ORG.officer.password);
  await page.goto(`${base}/nam-hoc`);
  await heading(page, 'Năm học');
  const nextCard = page.getByRole('main').locator('.mantine-Card-root').filter({ hasText: nextYear });
  await nextCard.getByRole('button', { name: 'Chuyển lớp lên năm này' }).click();
  const rollover = page.getByRole('dialog');
  await rollover.getByRole('button', { name: 'Xem trước' }).click();
  await rollover.getByText(`Sẽ chuyển từ năm học ${year}`).waitFor();
  await rollover.getByRole('button', { name: 'Chuyển lớp' }).click();
  await rollover.getByText(`Đã chuyển từ năm học ${year}`).waitFor();
  await shot(page, '22-rollover');
  // The dialog's own close (X) is named "Đóng" too: the button under the result is the last.
  await rollover.getByRole('button', { name: 'Đóng' }).last().click();
  await signOut(page);

  await signIn(ORG.admin.username, ORG.admin.password);
  await page.goto(`${base}/nam-hoc`);
  await page
    .getByRole('main')
    .locator('.mantine-Card-root')
    .filter({ hasText: nextYear })
    .getByRole('button', { name: 'Đặt làm năm hiện tại' })
    .click();
  await page.getByText(`Năm học ${nextYear} là năm hiện tại.`).waitFor();
  await shot(page, '23-school-years-next-current');
  await signOut(page);

  await signIn(ORG.officer.username, ORG.officer.password);
  const summary = () => page.getByRole('group', { name: 'Trung học (THCS+THPT)', exact: true }).textContent();
  await page.goto(`${base}/bao-cao`);
  await heading(page, 'Tỷ lệ dạy học trực tuyến');
  await expect.poll(() => page.getByRole('main').textContent()).toContain(`Năm học ${nextYear}`);
  await expect.poll(summary).toMatch(/Chỉ tiêu 15\s?%/);
  await shot(page, '24-report-new-year');

  await pick(page, 'Năm học', year);
  await expect.poll(() => page.getByRole('main').textContent()).toContain(`Năm học ${year}`);
  await expect.poll(summary).toMatch(/Chỉ tiêu 12\s?%/);
  await expect.poll(summary).toMatch(/(^|\D)1 \/ [\d.,]+ tiết/);
  await shot(page, '25-report-past-year');

  // The past year's class (6A, now 7A) and its lesson are still there, on the same day.
  await page.getByRole('main').getByRole('link', { name: ORG.school.name }).first().click();
  await heading(page, `Tỷ lệ dạy học trực tuyến: ${ORG.school.name}`);
  await page.getByRole('main').getByRole('link', { name: ORG.className, exact: true }).first().click();
  await heading(page, `Tỷ lệ dạy học trực tuyến: lớp ${ORG.className}`);
  const record = page.getByRole('table', { name: 'Các buổi dạy trực tuyến được tính' }).locator('tbody tr');
  await expect.poll(() => record.first().locator('td').first().textContent()).toBe(shown(today));
  await expect.poll(() => page.getByRole('main').textContent()).toMatch(/Chỉ tiêu 12\s?%/);
  await shot(page, '26-class-report-past-year');
  await signOut(page);
}
