import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { openApp } from './render-app';
import {
  CLASS_6A,
  classDrill,
  districtReport,
  RECORD_ID,
  recordOf,
  SCHOOL_TIEN_HOA,
  schoolDrill,
} from './report-fixtures';

function drillServer(session = sessionOf({ role: 'district_officer', school: null })) {
  const decided = new Set<string>();
  return fakeFetch({
    'GET /api/auth/me': () => json(200, session),
    'GET /api/reports/online-share': () => json(200, districtReport()),
    [`GET /api/reports/online-share/schools/${SCHOOL_TIEN_HOA}`]: () => json(200, schoolDrill()),
    [`GET /api/reports/online-share/classes/${CLASS_6A}`]: () => json(200, classDrill()),
    'GET /api/online-lessons/pending': () =>
      json(200, {
        items: [recordOf(), recordOf({ id: CLASS_6A, className: '6B', periods: 1 })].filter(
          (record) => !decided.has(record.id),
        ),
      }),
    [`POST /api/online-lessons/${RECORD_ID}/decision`]: () => {
      decided.add(RECORD_ID);
      return json(200, recordOf({ status: 'confirmed', confirmedBy: 'Nguyễn Văn Hiệu' }));
    },
  });
}

describe('report drill-downs', () => {
  it('goes from the district to a school, its grades and subjects, then a class and its records', async () => {
    const server = drillServer();
    const { user } = openApp('/bao-cao?asOf=2027-01-15', server.fetch);

    const schools = await screen.findByRole('table', { name: 'Các trường' });
    await user.click(within(schools).getByRole('link', { name: 'Trường THCS Tiến Hoá' }));

    await screen.findByRole('heading', { name: 'Tỷ lệ dạy học trực tuyến: Trường THCS Tiến Hoá' });
    expect(server.requests.at(-1)?.url).toBe(
      `/api/reports/online-share/schools/${SCHOOL_TIEN_HOA}?asOf=2027-01-15`,
    );
    const grade = screen.getByRole('region', { name: 'Khối 6' });
    const figure = within(grade).getByRole('group', { name: 'Khối 6' });
    expect(within(figure).getByTestId('share').textContent).toBe('4,00 %');
    expect(within(figure).getByTestId('figure-formula').textContent).toContain(
      '20 tiết trực tuyến ÷ 500 tiết chương trình = 4,00 %',
    );
    const subjects = within(grade).getByRole('table', { name: 'Khối 6: Theo môn học' });
    expect(within(subjects).getAllByRole('row')[1]?.textContent).toContain('Toán');
    expect(within(subjects).getAllByRole('row')[1]?.getAttribute('data-status')).toBe('reached');
    const classes = within(grade).getByRole('table', { name: 'Khối 6: Theo lớp' });
    const link = within(classes).getByRole('link', { name: '6A' });
    expect(link.getAttribute('href')).toBe(`/bao-cao/lop/${CLASS_6A}?asOf=2027-01-15`);
    // Officers see no confirmation list.
    expect(screen.queryByRole('region', { name: 'Chờ xác nhận' })).toBeNull();

    await user.click(link);
    await screen.findByRole('heading', { name: 'Tỷ lệ dạy học trực tuyến: lớp 6A' });
    expect(screen.getByTestId('figure-formula').textContent).toContain(
      '14 tiết trực tuyến ÷ 250 tiết chương trình = 5,60 %',
    );
    const bySubject = screen.getByRole('table', { name: 'Chương trình theo môn' });
    expect(within(bySubject).getAllByRole('row')[1]?.textContent).toBe('Toán140107,14 %');
    const records = screen.getByRole('table', { name: 'Các buổi dạy trực tuyến được tính' });
    const [live, material] = within(records).getAllByRole('row').slice(1);
    expect(
      within(live as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '12/01/2027',
      'Toán',
      '2',
      'Dạy trực tuyến',
      'Đã xác nhận',
      'Trần Minh Châu',
      'Mở liên kết',
      'Nguyễn Văn Hiệu',
    ]);
    expect(
      within(live as HTMLElement)
        .getByRole('link', { name: 'Mở liên kết' })
        .getAttribute('href'),
    ).toBe('https://meet.google.com/abc-defg-hij');
    expect(material?.textContent).toContain('Học liệu');
  });

  it('lets the school admin confirm a declared lesson on the school report', async () => {
    const server = drillServer(sessionOf({ username: 'hieutruong', role: 'school_admin' }));
    const { user } = openApp(`/bao-cao/truong/${SCHOOL_TIEN_HOA}`, server.fetch);

    const pending = await screen.findByRole('table', { name: 'Chờ xác nhận' });
    expect(within(pending).getAllByRole('row')).toHaveLength(3);
    await user.click(
      within(pending).getByRole('button', { name: 'Xác nhận buổi dạy Toán lớp 6A ngày 12/01/2027' }),
    );

    await waitFor(() =>
      expect(server.requests.some((r) => r.method === 'POST' && r.url.endsWith('/decision'))).toBe(true),
    );
    const decision = server.requests.find((r) => r.method === 'POST');
    expect(decision?.url).toBe(`/api/online-lessons/${RECORD_ID}/decision`);
    expect(JSON.parse(decision?.body ?? '')).toEqual({ confirm: true });
    expect(decision?.headers.get('x-csrf-token')).toBe('csrf-123');
    await screen.findByText('Đã xác nhận buổi dạy.');
    await waitFor(() => expect(within(pending).getAllByRole('row')).toHaveLength(2));
    expect(within(pending).queryByText('6A')).toBeNull();
  });
});
