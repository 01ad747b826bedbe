import type { SchoolSummary } from '@hoclieu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch, json, type RecordedRequest, sessionOf } from './fake-api';
import { renderApp } from './render-app';
import { pick } from './select-option';

const district = { id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e002', name: 'Phòng GDĐT Tuyên Hoá' };
const officer = sessionOf({
  username: 'cb.phong',
  fullName: 'Lê Văn Phòng',
  role: 'district_officer',
  school: null,
});
const school: SchoolSummary = {
  id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e003',
  code: 'THCS-TH',
  name: 'Trường THCS Tiến Hoá',
  kind: 'THCS',
  levels: ['lower_secondary'],
  district,
  active: true,
  classCount: 4,
  teacherCount: 10,
  studentCount: 120,
};
const closed: SchoolSummary = {
  ...school,
  id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e004',
  name: 'Trường THCS Cũ',
  active: false,
};
const paged = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 50 });

function orgServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, officer),
    'GET /api/users': () => json(200, paged([])),
    'GET /api/districts': () =>
      json(200, {
        items: [
          { ...district, code: 'PGD-TH', province: officer.user.province, schoolCount: 2, active: true },
        ],
      }),
    'GET /api/schools': (request: RecordedRequest) => {
      const status = new URL(request.url, 'http://localhost').searchParams.get('status');
      return json(
        200,
        paged(status === 'inactive' ? [closed] : status === 'active' ? [school] : [school, closed]),
      );
    },
    'POST /api/users': (request: RecordedRequest) => {
      const body = JSON.parse(request.body ?? '{}');
      return json(200, {
        user: {
          id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e010',
          username: body.username,
          fullName: body.fullName,
          role: body.role,
          school: { id: school.id, name: school.name },
          unit: { kind: 'school', id: school.id, name: school.name },
          email: null,
          mustChangePassword: true,
          loginThrottled: false,
          disabled: false,
        },
        temporaryPassword: 'tam4Mk9xQz',
      });
    },
    'POST /api/schools': () => apiError(409, 'SCHOOL_CODE_TAKEN'),
  });
}

const sent = (requests: RecordedRequest[], method: string, path: string) =>
  requests
    .filter((r) => r.method === method && new URL(r.url, 'http://localhost').pathname === path)
    .map((r) => JSON.parse(r.body ?? '{}'));

describe('organisation forms', () => {
  it('lets a district officer create a school admin and shows the one-time password once', async () => {
    const server = orgServer();
    const user = userEvent.setup();
    renderApp('/tai-khoan', server.fetch);
    await user.click(await screen.findByRole('button', { name: 'Tạo tài khoản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tài khoản' });
    // A district officer outranks school roles only.
    const roleInput = within(dialog).getByRole('combobox', { name: 'Vai trò' });
    await user.click(roleInput);
    await waitFor(() => expect(roleInput.getAttribute('aria-controls')).toBeTruthy());
    const roleList = document.getElementById(roleInput.getAttribute('aria-controls') ?? '');
    if (!roleList) throw new Error('no role list');
    const offered = within(roleList)
      .getAllByRole('option', { hidden: true })
      .map((o) => o.textContent);
    expect(offered).toEqual(['Quản trị trường', 'Giáo viên', 'Học sinh']);
    await user.click(within(roleList).getByRole('option', { name: 'Quản trị trường', hidden: true }));
    await pick(user, 'Đơn vị', 'Trường THCS Tiến Hoá (Phòng GDĐT Tuyên Hoá)');
    await user.type(within(dialog).getByLabelText(/Tên đăng nhập/), 'QT.TienHoa');
    await user.type(within(dialog).getByLabelText(/Họ và tên/), 'Phạm Thị Hoa');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('temporary-password')).toHaveProperty('textContent', 'tam4Mk9xQz');
    expect(screen.getByText('Đã tạo tài khoản qt.tienhoa')).toBeTruthy();
    expect(sent(server.requests, 'POST', '/api/users')).toEqual([
      { role: 'school_admin', username: 'qt.tienhoa', fullName: 'Phạm Thị Hoa', schoolId: school.id },
    ]);
  });

  it('adds a school with its type and shows a taken code in Vietnamese; deactivated schools are greyed', async () => {
    const server = orgServer();
    const user = userEvent.setup();
    renderApp('/truong', server.fetch);
    await screen.findByText('Trường THCS Tiến Hoá');
    // Active schools first; the filter shows the deactivated ones, marked.
    expect(screen.queryByText('Trường THCS Cũ')).toBeNull();
    await pick(user, 'Trạng thái', 'Đã ngừng hoạt động');
    const row = (await screen.findByText('Trường THCS Cũ')).closest('tr');
    expect(row?.textContent).toContain('Đã ngừng hoạt động');
    expect(row?.textContent).toContain('Mở lại');

    await user.click(screen.getByRole('button', { name: 'Thêm trường' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm trường' });
    await user.type(within(dialog).getByLabelText(/Mã trường/), 'THCS-TH');
    await user.type(within(dialog).getByLabelText(/Tên trường/), 'Trường TH&THCS Mới');
    await pick(user, 'Loại hình', 'TH&THCS');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Mã trường đã được dùng cho một trường khác.')).toBeTruthy();
    await waitFor(() =>
      expect(sent(server.requests, 'POST', '/api/schools')).toEqual([
        { code: 'THCS-TH', name: 'Trường TH&THCS Mới', kind: 'TH&THCS', districtId: district.id },
      ]),
    );
  });

  it('guides the system admin of an empty install to the first province', async () => {
    const admin = sessionOf({
      username: 'qt',
      fullName: 'Quản trị',
      role: 'system_admin',
      school: null,
      district: null,
      province: null,
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, admin),
      'GET /api/provinces': () => json(200, { items: [] }),
      'GET /api/districts': () => json(200, { items: [] }),
      'GET /api/schools': () => json(200, paged([])),
      'GET /api/users': () => json(200, paged([])),
      'GET /api/kpi-targets': () => json(200, { items: [] }),
      'POST /api/provinces': () =>
        json(200, {
          id: district.id,
          code: 'SGD-HT',
          name: 'Sở GDĐT Hà Tĩnh',
          active: true,
          districtCount: 0,
        }),
    });
    const user = userEvent.setup();
    renderApp('/', server.fetch);
    expect(await screen.findByText('Bắt đầu thiết lập hệ thống')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tạo Sở GDĐT đầu tiên' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo Sở GDĐT' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Mã/ }), 'SGD-HT');
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên/ }), 'Sở GDĐT Hà Tĩnh');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(sent(server.requests, 'POST', '/api/provinces')).toEqual([
        { code: 'SGD-HT', name: 'Sở GDĐT Hà Tĩnh' },
      ]),
    );
  });
});
