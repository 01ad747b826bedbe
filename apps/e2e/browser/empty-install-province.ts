import type { JourneyCalendar } from './empty-install-calendar.js';
import { ORG } from './empty-install-fixtures.js';
import { type JourneyPage, type journeyAccounts, pick, shot } from './empty-install-ui.js';
import { heading, signOut } from './journey.js';

/**
 * The system admin's step: the province, its district office, this school year (it becomes
 * current) and two years' targets, then the district officer's account (its password kept).
 */
export async function setUpProvince(
  { page, base }: JourneyPage,
  { year, startYear, yearStart, yearEnd }: JourneyCalendar,
  { createAccount }: ReturnType<typeof journeyAccounts>,
  passwords: Map<string, string>,
) {
  const { province, district } = ORG;
  await page.getByRole('button', { name: 'Tạo Sở GDĐT đầu tiên' }).click();
  let dialog = page.getByRole('dialog', { name: 'Tạo Sở GDĐT' });
  await dialog.getByRole('textbox', { name: 'Mã' }).fill(province.code);
  await dialog.getByRole('textbox', { name: 'Tên' }).fill(province.name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.goto(`${base}/phong-gddt`);
  await heading(page, 'Phòng GDĐT');
  await page.getByRole('main').getByText(province.name).waitFor();
  await page.getByRole('button', { name: 'Tạo Phòng GDĐT' }).click();
  dialog = page.getByRole('dialog', { name: 'Tạo Phòng GDĐT' });
  await dialog.getByRole('textbox', { name: 'Mã' }).fill(district.code);
  await dialog.getByRole('textbox', { name: 'Tên' }).fill(district.name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('main').getByText(district.name).first().waitFor();
  await shot(page, '04-districts');

  // The province's calendar: this school year, with its dates written out (it becomes current).
  await page.goto(`${base}/nam-hoc`);
  await heading(page, 'Năm học');
  await page.getByText('Chưa có năm học nào.').waitFor();
  await page.getByRole('button', { name: 'Tạo năm học' }).click();
  dialog = page.getByRole('dialog', { name: 'Tạo năm học' });
  await dialog.getByRole('textbox', { name: 'Mã năm học' }).fill(year);
  await dialog.getByLabel('Ngày bắt đầu').fill(yearStart);
  await dialog.getByLabel('Ngày kết thúc').fill(yearEnd);
  await dialog.getByLabel('Kết thúc học kì I').fill(`${startYear + 1}-01-15`);
  await dialog.getByLabel('Bắt đầu học kì II').fill(`${startYear + 1}-01-18`);
  await dialog.getByRole('button', { name: 'Tạo năm học' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('main').getByText('Năm hiện tại').waitFor();
  await shot(page, '05-school-years');

  // Targets as data: this year's and next year's online share for the secondary level differ,
  // so that each year's report shows its own.
  await page.goto(`${base}/chi-tieu`);
  await heading(page, 'Chỉ tiêu kế hoạch');
  for (const [targetYear, percent] of [
    [startYear + 1, '12'],
    [startYear + 2, '15'],
  ] as const) {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
    await pick(page, 'Phạm vi', 'Cấp trung học', dialog);
    await dialog.getByRole('textbox', { name: 'Năm' }).fill(String(targetYear));
    await dialog.getByRole('textbox', { name: 'Mục tiêu (%)' }).fill(percent);
    await dialog
      .getByRole('textbox', { name: 'Văn bản quy định' })
      .fill(`Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Quảng Bình năm ${targetYear}`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await page
    .getByRole('main')
    .getByText(String(startYear + 2))
    .first()
    .waitFor();
  await shot(page, '06-targets');

  passwords.set(
    ORG.officer.username,
    await createAccount('Chuyên viên Phòng GDĐT', district.name, ORG.officer.username, ORG.officer.fullName),
  );
  await shot(page, '07-officer-created');
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
  await signOut(page);
}
