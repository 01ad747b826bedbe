import type { OrgImport } from '@hoclieu/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

const officer = sessionOf({ username: 'cb.so', fullName: 'Cán bộ Sở', role: 'province_officer' });
const ID = '00000000-0000-4000-8000-000000000001';

function importAt(doneRows: number, status: OrgImport['status']): OrgImport {
  const sheet = (kind: OrgImport['sheets'][number]['kind'], total: number | null, done: number) => ({
    kind,
    totalRows: total,
    doneRows: done,
    created: done,
    updated: 0,
    unchanged: 0,
    errorRows: 0,
  });
  return {
    id: ID,
    provinceId: officer.user.province?.id ?? '',
    fileName: 'ca-tinh.xlsx',
    status,
    sheets: [
      sheet('districts', 2, 2),
      sheet('schools', null, 0),
      sheet('officers', null, 0),
      sheet('classes', null, 0),
      sheet('teachers', null, 0),
      { ...sheet('students', 8, doneRows), errorRows: status === 'done' ? 1 : 0, created: doneRows - 1 },
    ],
    errors:
      status === 'done'
        ? [
            {
              sheet: 'Học sinh',
              row: 7,
              column: 'Tên đăng nhập',
              code: 'IMPORT_ROW_DUPLICATE',
              message: 'Trùng với dòng 3',
            },
          ]
        : [],
    errorCount: status === 'done' ? 1 : 0,
    credentialCount: status === 'done' ? 9 : 0,
    failure: null,
    createdAt: '2026-12-06T01:00:00.000Z',
    finishedAt: status === 'done' ? '2026-12-06T01:05:00.000Z' : null,
  };
}

describe('organisation workbook import', () => {
  it('shows a province officer the import progress, polled until done, with errors by sheet and the passwords file', async () => {
    let polls = 0;
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, officer),
      'GET /api/org-imports': () => json(200, { items: [importAt(4, 'running')] }),
      'GET /api/org-imports/00000000-0000-4000-8000-000000000001': () => {
        polls += 1;
        return json(200, polls < 2 ? importAt(4, 'running') : importAt(8, 'done'));
      },
    });
    renderApp('/nhap-du-lieu', server.fetch);
    await userEvent.click(await screen.findByRole('radio', { name: 'Cả tỉnh (tệp tổng hợp)' }));
    const progress = await screen.findByTestId('org-import-progress');
    expect(await within(progress).findByText('Đã xử lý 6 / 10 dòng (60%)')).toBeTruthy();
    expect(
      await within(progress).findByText('Đã xử lý 10 / 10 dòng (100%)', {}, { timeout: 4000 }),
    ).toBeTruthy();
    expect(within(progress).getByText('Đã nhập xong')).toBeTruthy();
    const errors = within(progress).getAllByRole('table')[1];
    if (!errors) throw new Error('no error table');
    expect(errors.textContent).toContain('Học sinh');
    expect(errors.textContent).toContain('Trùng với dòng 3');
    expect(within(progress).getByRole('button', { name: 'Tải danh sách mật khẩu tạm (.csv)' })).toBeTruthy();
  });

  it('is not offered to a school admin', async () => {
    const admin = sessionOf({ role: 'school_admin' });
    const server = fakeFetch({ 'GET /api/auth/me': () => json(200, admin) });
    renderApp('/nhap-du-lieu', server.fetch);
    await screen.findByRole('radio', { name: 'Lớp' });
    expect(screen.queryByRole('radio', { name: 'Cả tỉnh (tệp tổng hợp)' })).toBeNull();
  });
});
