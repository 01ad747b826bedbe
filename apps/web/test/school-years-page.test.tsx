import type { SchoolYear } from '@hoclieu/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, fakeFetch, json, sessionOf } from './fake-api';
import { mainNavLink, renderApp } from './render-app';

const officer = sessionOf({ username: 'so.quangbinh', fullName: 'Chuyên viên Sở', role: 'province_officer' });
const schoolAdmin = sessionOf({ username: 'hieutruong', fullName: 'Lê Thị Hoa', role: 'school_admin' });

const year = (code: string, overrides: Partial<SchoolYear> = {}): SchoolYear => {
  const start = Number(code.slice(0, 4));
  return {
    id: `00000000-0000-4000-8000-00000000${start}`,
    code,
    startDate: `${start}-09-05`,
    endDate: `${start + 1}-05-31`,
    semester1End: `${start + 1}-01-15`,
    semester2Start: `${start + 1}-01-16`,
    isCurrent: false,
    closedAt: null,
    ...overrides,
  };
};
const years = [
  year('2027-2028'),
  year('2026-2027', { isCurrent: true }),
  year('2025-2026', { closedAt: '2026-07-01T02:00:00.000Z' }),
];

const rolloverAnswer = (preview: boolean) => ({
  fromYear: '2026-2027',
  toYear: '2027-2028',
  preview,
  schools: 1,
  schoolsAlreadyRolled: 0,
  classesMoved: 8,
  classesLeaving: 2,
  studentsMoved: 320,
  studentsLeaving: 80,
  teachingCarried: preview ? 0 : 40,
  durationMs: 850,
});

describe('school years page', () => {
  it('lists the years with their semesters and lets the province close a past one', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, officer),
      'GET /api/school-years': () => json(200, { items: years }),
      'POST /api/school-years/00000000-0000-4000-8000-000000002027/close': () =>
        apiError(409, 'SCHOOL_YEAR_CURRENT_NOT_CLOSABLE'),
    });
    renderApp('/nam-hoc', server.fetch);
    await screen.findByRole('heading', { name: 'Năm học', level: 1 });
    expect((await mainNavLink('Năm học')).getAttribute('href')).toBe('/nam-hoc');
    expect(await screen.findByText('Năm hiện tại')).toBeTruthy();
    expect(screen.getByText('Đã khoá sổ')).toBeTruthy();
    expect(screen.getAllByText(/Học kì I: 05\/09\/2027 – 15\/01\/2028/).length).toBe(1);
    // Only the open, not current year can be closed or made current.
    expect(screen.getAllByRole('button', { name: 'Khoá sổ' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Tạo năm học' })).toBeTruthy();
  });

  it('suggests the year after the latest, never one from before the list has loaded', async () => {
    let answer: (response: Response) => void = () => undefined;
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, officer),
      'GET /api/school-years': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    renderApp('/nam-hoc', server.fetch);
    const create = await screen.findByRole('button', { name: 'Tạo năm học' });
    // Still loading: a draft now would be this year's, which already exists.
    expect(create.hasAttribute('disabled')).toBe(true);
    answer(json(200, { items: years }));
    await vi.waitFor(() => expect(create.hasAttribute('disabled')).toBe(false));
    await userEvent.setup().click(create);
    const dialog = await screen.findByRole('dialog', { name: 'Tạo năm học' });
    expect(within(dialog).getByRole('textbox', { name: /^Mã năm học/ })).toHaveProperty('value', '2028-2029');
  });

  it('previews a roll-over, then runs it and shows what moved', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, schoolAdmin),
      'GET /api/school-years': () => json(200, { items: years }),
      'POST /api/school-years/00000000-0000-4000-8000-000000002027/rollover': (request) =>
        json(200, rolloverAnswer(JSON.parse(request.body ?? '{}').preview === true)),
    });
    renderApp('/nam-hoc', server.fetch);
    await screen.findByText('Năm hiện tại');
    // A school admin does not manage years: no create, close or make-current.
    expect(screen.queryByRole('button', { name: 'Tạo năm học' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Khoá sổ' })).toBeNull();
    const user = userEvent.setup();
    const rollButtons = await screen.findAllByRole('button', { name: 'Chuyển lớp lên năm này' });
    // The closed year cannot take classes; the two open ones can.
    expect(rollButtons).toHaveLength(2);
    await user.click(rollButtons[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Phạm vi: trường của bạn.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Chuyển lớp' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    await within(dialog).findByText('Sẽ chuyển từ năm học 2026-2027');
    expect(within(dialog).getByText('Lớp cuối cấp ra trường').closest('tr')?.textContent).toContain('2');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển lớp' }));
    await within(dialog).findByText('Đã chuyển từ năm học 2026-2027');
    expect(within(dialog).getByText('Phân công giảng dạy giữ lại').closest('tr')?.textContent).toContain(
      '40',
    );
    const bodies = server.requests
      .filter((r) => r.url.endsWith('/rollover'))
      .map((r) => JSON.parse(r.body ?? ''));
    expect(bodies).toEqual([
      { carryTeaching: true, preview: true },
      { carryTeaching: true, preview: false },
    ]);
  });
});
