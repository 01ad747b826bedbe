import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { field, heading, openSection, screenshot, screenshotBoth, signOut } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** Two teachers: one new and valid, one at a school that does not exist (a row error). */
const teachersCsv = [
  'Mã trường *,Tên đăng nhập *,Họ và tên *,Email,Phân công',
  'thcs-tienhoa,gv.e2e.lan,Phạm Ngọc Lan,,6A:toan',
  'khong-co-truong-nay,gv.e2e.khac,Lê Văn Khác,,',
].join('\r\n');

describe('changing data through the UI', () => {
  const session = usePage();

  it('province officer adds, renames and deletes a chapter, and edits a target', async () => {
    const page = await session.signedIn('so.quangbinh');
    const main = page.getByRole('main');

    await page.goto(`${baseUrl}/chuong-trinh?grade=6&subject=toan`);
    await main.getByText('Chương I. Tập hợp các số tự nhiên').waitFor();
    await main.getByRole('button', { name: 'Thêm chương' }).click();
    await field(page, 'Tên').fill('Chương V. Thống kê');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await main.getByText('Chương V. Thống kê', { exact: true }).waitFor();

    await main.getByRole('button', { name: 'Thao tác với “Chương V. Thống kê”' }).click();
    await page.getByRole('menuitem', { name: 'Đổi tên' }).click();
    await field(page, 'Tên').fill('Chương V. Thống kê và xác suất');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await main.getByText('Chương V. Thống kê và xác suất', { exact: true }).waitFor();

    await main.getByRole('button', { name: 'Thao tác với “Chương V. Thống kê và xác suất”' }).click();
    await page.getByRole('menuitem', { name: 'Xoá' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
    await main.getByText('Chương V. Thống kê và xác suất', { exact: true }).waitFor({ state: 'detached' });

    await page.goto(`${baseUrl}/chi-tieu`);
    const row = () => main.getByRole('row').filter({ hasText: '2030' });
    await row().getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog', { name: /năm 2030/ });
    await dialog.getByRole('textbox', { name: 'Mục tiêu (%)' }).fill('95');
    await dialog
      .getByRole('textbox', { name: 'Văn bản quy định' })
      .fill('Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Quảng Bình năm 2027');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu chỉ tiêu.').waitFor();
    await page.reload();
    await row().getByText('95 %').waitFor();
    // The change is kept with the decision that made it.
    await row().getByRole('button', { name: 'Lịch sử' }).click();
    await page
      .getByRole('dialog')
      .getByText(/100 % → 95 %/)
      .first()
      .waitFor();
  });

  it('school admin imports teachers: counts, row errors and new passwords as CSV', async () => {
    const page = await session.signedIn('hieutruong');
    await openSection(page, 'Nhập dữ liệu');
    expect(await page.getByText('Trường', { exact: true }).count()).toBe(0);

    await page.getByText('Giáo viên', { exact: true }).click();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mẫu .csv' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('mau-nhap-giao-vien.csv');

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel('Tệp dữ liệu').click(),
    ]);
    await chooser.setFiles({
      name: 'giao-vien.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${teachersCsv}\r\n`),
    });
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();

    const report = page.getByTestId('import-report');
    await report.waitFor();
    await report.getByText('Phạm Ngọc Lan').waitFor();
    await report.getByRole('cell', { name: '3', exact: true }).first().waitFor();
    const [credentials] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Tải danh sách (.csv)' }).click(),
    ]);
    const csv = await readFile((await credentials.path()) ?? '', 'utf8');
    expect(csv).toContain('gv.e2e.lan');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    await screenshotBoth(page, 'page-import-report');
  });

  it('a reset password is shown once, and its owner must change it before anything else', async () => {
    const page = await session.signedIn('hieutruong');
    await page.goto(`${baseUrl}/tai-khoan?q=gv.thcs-tienhoa.2`);
    const row = page.getByRole('row', { name: /gv\.thcs-tienhoa\.2/ });
    await row.getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
    const shown = page.getByTestId('temporary-password');
    await shown.waitFor();
    const temporaryPassword = (await shown.textContent())?.trim() ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    await screenshot(page, 'page-reset-password-desktop');
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    await signOut(page);

    await field(page, 'Tên đăng nhập').fill('gv.thcs-tienhoa.2');
    await field(page, 'Mật khẩu').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await heading(page, 'Đặt mật khẩu mới');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await screenshotBoth(page, 'page-forced-password');

    await field(page, 'Mật khẩu hiện tại').fill(temporaryPassword);
    await field(page, 'Mật khẩu mới').fill('ngan');
    await field(page, 'Nhập lại mật khẩu mới').fill('ngan');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu phải dài ít nhất 8 ký tự, có cả chữ và số.').waitFor();
    await field(page, 'Mật khẩu mới').fill('GiaoVien2026');
    await field(page, 'Nhập lại mật khẩu mới').fill('GiaoVien2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await heading(page, /^Xin chào/);
  });
});
