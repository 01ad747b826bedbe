import { describe, expect, inject, it } from 'vitest';
import { field, heading, navLinks, screenshot, screenshotBoth } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

describe('every page, on desktop and phone', () => {
  const session = usePage();

  it('system admin: schools, school, class, districts, accounts, curriculum, targets, imports, password', async () => {
    const page = await session.signedIn('admin');
    const main = page.getByRole('main');

    await main.getByRole('link', { name: 'Phòng GDĐT Tuyên Hoá' }).click();
    await heading(page, 'Trường học');
    await main.getByRole('link', { name: 'Trường Tiểu học Mai Hoá' }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('tien hoa');
    // Diacritics-insensitive on the server: "tien hoa" finds "Tiến Hoá" and nothing else.
    await main.getByRole('link', { name: 'Trường Tiểu học Mai Hoá' }).waitFor({ state: 'detached' });
    expect(await main.getByRole('link', { name: /Tiến Hoá$/ }).allTextContents()).toEqual([
      'Trường THCS Tiến Hoá',
      'Trường Tiểu học Tiến Hoá',
    ]);
    await screenshotBoth(page, 'page-schools');

    await main.getByRole('link', { name: 'Trường THCS Tiến Hoá' }).click();
    await heading(page, 'Trường THCS Tiến Hoá');
    await main.getByRole('heading', { name: 'Khối 6' }).waitFor();
    await screenshotBoth(page, 'page-school');

    await main.getByRole('link', { name: '6A', exact: true }).click();
    await heading(page, 'Lớp 6A');
    await main.getByRole('heading', { name: 'Học sinh' }).waitFor();
    await main.getByText('hocsinh', { exact: true }).waitFor();
    await screenshotBoth(page, 'page-class');

    await page.goto(`${baseUrl}/phong-gddt`);
    await heading(page, 'Phòng GDĐT');
    await screenshotBoth(page, 'page-districts');

    await page.goto(`${baseUrl}/tai-khoan?role=teacher`);
    await heading(page, 'Tài khoản');
    await main.getByRole('button', { name: 'Cấp lại mật khẩu' }).first().waitFor();
    await screenshotBoth(page, 'page-users');

    await page.goto(`${baseUrl}/chuong-trinh?grade=6&subject=toan`);
    await heading(page, 'Chương trình');
    await main.getByText('Chương I. Tập hợp các số tự nhiên').waitFor();
    await main.getByRole('button', { name: 'Khoa học tự nhiên' }).waitFor();
    await screenshotBoth(page, 'page-curriculum');

    const plainPages: [path: string, title: string, picture: string][] = [
      ['/chi-tieu', 'Chỉ tiêu kế hoạch', 'page-kpi'],
      ['/nhap-du-lieu', 'Nhập dữ liệu', 'page-imports'],
      ['/nhat-ky', 'Nhật ký thao tác', 'page-audit'],
      ['/doi-mat-khau', 'Đổi mật khẩu', 'page-change-password'],
    ];
    for (const [path, title, picture] of plainPages) {
      await page.goto(`${baseUrl}${path}`);
      await heading(page, title);
      await screenshotBoth(page, picture);
    }
  });

  it('teacher: my classes; a page outside the role sends them home', async () => {
    const page = await session.signedIn('giaovien');

    await page.getByRole('link', { name: 'Lớp của tôi' }).click();
    await heading(page, 'Lớp của tôi');
    await page.getByRole('main').getByRole('heading', { name: 'Lớp tôi dạy' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: '9A', exact: true }).waitFor();
    await screenshotBoth(page, 'page-my-classes');

    await page.goto(`${baseUrl}/nhap-du-lieu`);
    await heading(page, /^Xin chào/);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('the login page, and English kept across reloads', async () => {
    const page = session.page();
    await page.goto(`${baseUrl}/dang-nhap`);
    await heading(page, 'Đăng nhập');
    await page.getByRole('button', { name: /Tài khoản dùng thử/ }).click();
    await page.getByRole('button', { name: 'phong.tuyenhoa' }).click();
    expect(await field(page, 'Tên đăng nhập').inputValue()).toBe('phong.tuyenhoa');
    await screenshot(page, 'page-login-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'page-login-phone');

    await page.getByText('EN', { exact: true }).click();
    await heading(page, 'Sign in');
    await page.reload();
    await heading(page, 'Sign in');
    await field(page, 'Username').fill('phong.tuyenhoa');
    await field(page, 'Password').fill('Hoclieu@2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading(page, /^Hello/);
    expect(await navLinks(page, 'Main navigation')).toEqual([
      'Home',
      'Reports',
      'Schools',
      'Material library',
      'My materials',
      'Question bank',
      'Tests',
      'Reviews',
      'Accounts',
      'Import data',
      'Curriculum',
      'Targets',
      'School years',
      'Audit log',
    ]);
    await screenshot(page, 'home-english-phone');
    await page.getByText('VI', { exact: true }).click();
    await heading(page, /^Xin chào/);
  });
});
