import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE } from './browser.js';
import { fillLogin, navbarSettled, navLinks, screenshot, signIn, signOut } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** Materials, questions and tests, their reviews, accounts, imports and the curriculum: staff's work. */
const STAFF_NAV = [
  'Kho học liệu',
  'Học liệu của tôi',
  'Ngân hàng câu hỏi',
  'Đề kiểm tra',
  'Chờ duyệt',
  'Tài khoản',
  'Nhập dữ liệu',
  'Chương trình',
];

const SECTOR_NAV = [
  'Trang chủ',
  'Phòng GDĐT',
  'Báo cáo',
  'Trường học',
  ...STAFF_NAV,
  'Chỉ tiêu',
  'Năm học',
  'Nhật ký thao tác',
];

/** Each demo role: what its header says, which navigation it gets, and what its home page shows. */
const roles = [
  {
    username: 'hocsinh',
    header: 'Học sinh · Trường THCS Tiến Hoá',
    nav: ['Trang chủ', 'Bài kiểm tra', 'Kho học liệu'],
    home: ['Lớp của bạn', 'Lớp 6A', 'Trường của bạn', 'Trường THCS Tiến Hoá'],
  },
  {
    username: 'giaovien',
    header: 'Giáo viên · Trường THCS Tiến Hoá',
    nav: [
      'Trang chủ',
      'Lớp của tôi',
      'Kho học liệu',
      'Học liệu của tôi',
      'Ngân hàng câu hỏi',
      'Đề kiểm tra',
      'Chương trình',
    ],
    home: ['Lớp tôi dạy', 'Toán', 'Trường THCS Tiến Hoá', 'Xem các lớp'],
  },
  {
    username: 'hieutruong',
    header: 'Quản trị trường · Trường THCS Tiến Hoá',
    nav: [
      'Trang chủ',
      'Trường của tôi',
      'Báo cáo',
      'Lớp của tôi',
      ...STAFF_NAV,
      'Năm học',
      'Nhật ký thao tác',
    ],
    home: ['Trường THCS Tiến Hoá', 'Giáo viên', 'Học sinh'],
  },
  {
    username: 'phong.tuyenhoa',
    header: 'Chuyên viên Phòng GDĐT · Phòng GDĐT Tuyên Hoá',
    nav: SECTOR_NAV.filter((item) => item !== 'Phòng GDĐT'),
    home: ['Các trường thuộc Phòng GDĐT Tuyên Hoá', '10 trường', 'Trường THCS&THPT Bắc Sơn'],
  },
  {
    username: 'so.quangbinh',
    header: 'Chuyên viên Sở GDĐT · Sở GDĐT Quảng Bình',
    nav: SECTOR_NAV,
    home: ['Các Phòng GDĐT thuộc Sở GDĐT Quảng Bình', 'Phòng GDĐT Tuyên Hoá', 'Phòng GDĐT Quảng Trạch'],
  },
  {
    username: 'admin',
    header: 'Quản trị hệ thống · Toàn hệ thống',
    nav: SECTOR_NAV.filter((item) => item !== 'Học liệu của tôi'),
    home: ['Tổng quan hệ thống', 'Phòng GDĐT Quảng Trạch'],
  },
];

const everyNavItem = [...new Set(roles.flatMap((role) => role.nav))];

describe('signing in as each demo role', () => {
  const session = usePage();

  it('rejects a wrong password with the Vietnamese message', async () => {
    const page = session.page();
    await fillLogin(page, baseUrl, 'giaovien', 'khong-dung-123');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  for (const role of roles) {
    it(`${role.username}: lands on the home page with the ${role.nav.length} navigation item(s) of the role`, async () => {
      const page = session.page();
      await page.goto(baseUrl);
      await page.waitForURL(/\/dang-nhap/);
      await signIn(page, baseUrl, role.username);

      expect(await navLinks(page)).toEqual(role.nav);
      for (const other of everyNavItem.filter((item) => !role.nav.includes(item))) {
        expect(await page.getByRole('link', { name: other, exact: true }).count(), other).toBe(0);
      }
      await page.getByText(role.header, { exact: true }).first().waitFor();
      for (const text of role.home) await page.getByRole('main').getByText(text).first().waitFor();
      await screenshot(page, `home-${role.username}-desktop`);

      await page.setViewportSize(PHONE);
      const burger = page.getByRole('button', { name: 'Mở menu điều hướng' });
      await burger.waitFor();
      expect(await burger.isVisible()).toBe(true);
      await navbarSettled(page, 'hidden');
      await screenshot(page, `home-${role.username}-phone`);
      await burger.click();
      await navbarSettled(page, 'shown');
      await screenshot(page, `nav-${role.username}-phone`);
      await burger.click();

      await page.setViewportSize(DESKTOP);
      await signOut(page);
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    });
  }
});
