import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recordDownloads } from './downloads';
import { fakeFetch, json, sessionOf } from './fake-api';
import { openApp, renderApp } from './render-app';
import {
  DISTRICT_QUANG_TRACH,
  DISTRICT_TUYEN_HOA,
  districtReport,
  provinceReport,
  SCHOOL_TIEN_HOA,
} from './report-fixtures';
import { pick } from './select-option';

const officer = sessionOf({ username: 'phong.tuyenhoa', role: 'district_officer', school: null });

function reportServer(report = districtReport(), session = officer) {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, session),
    'GET /api/reports/online-share': () => json(200, report),
    'GET /api/reports/kpis': () =>
      json(200, {
        unit: report.unit,
        schoolYear: report.schoolYear,
        items: [
          {
            kpi: 'schools_sharing_platform',
            numerator: 3,
            denominator: 10,
            value: 0.3,
            target: 0.5,
            status: 'below',
            formula: '3 trong 10 trường có học liệu chia sẻ từ cấp trường trở lên = 30 %',
          },
        ],
      }),
    'GET /api/reports/online-share.xlsx': () =>
      new Response('PK', {
        status: 200,
        headers: { 'content-disposition': "attachment; filename*=UTF-8''ty-le-tuyen-hoa.xlsx" },
      }),
    'GET /api/districts': () =>
      json(200, {
        items: [
          {
            id: DISTRICT_TUYEN_HOA,
            code: 'TH',
            name: 'Phòng GDĐT Tuyên Hoá',
            province: sessionOf().user.province,
            schoolCount: 4,
          },
          {
            id: DISTRICT_QUANG_TRACH,
            code: 'QT',
            name: 'Phòng GDĐT Quảng Trạch',
            province: sessionOf().user.province,
            schoolCount: 9,
          },
        ],
      }),
  });
}

const table = () => screen.getByRole('table', { name: 'Các trường' });
const names = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td a')?.textContent);
const rowOf = (name: string) => {
  const row = within(table()).getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

const downloads = recordDownloads();

describe('online share report', () => {
  it('shows each level against its target and a school below target in red with its gap', async () => {
    renderApp('/bao-cao', reportServer().fetch);

    await screen.findByRole('heading', { name: 'Tỷ lệ dạy học trực tuyến' });
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Báo cáo' }).getAttribute('href')).toBe('/bao-cao');

    const primary = screen.getByRole('group', { name: 'Tiểu học' });
    expect(within(primary).getByTestId('share').textContent).toBe('4,10 %');
    expect(primary.textContent).toContain('Chỉ tiêu 4 %');
    expect(primary.textContent).toContain('Đạt chỉ tiêu');
    const secondary = screen.getByRole('group', { name: 'Trung học (THCS+THPT)' });
    expect(within(secondary).getByTestId('share').textContent).toBe('6,57 %');
    expect(secondary.textContent).toContain('Chỉ tiêu 7 %');
    expect(secondary.textContent).toContain('Dưới chỉ tiêu');
    expect(screen.getByRole('group', { name: 'THCS' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'THPT' }).textContent).toContain('Đúng tiến độ');

    const below = rowOf('Trường THCS Tiến Hoá');
    expect(below.getAttribute('data-status')).toBe('below');
    const cells = within(below).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Trường THCS Tiến Hoá',
      'THCS',
      '47',
      '1.000',
      '4,70 %?',
      '7 %',
      '−2,3 điểm %',
      expect.any(String),
      'Dưới chỉ tiêu',
    ]);
    const badge = within(below).getByText('Dưới chỉ tiêu').closest('[data-status]');
    expect(badge?.getAttribute('style')).toContain('red');
    expect(within(below).getByTestId('share').getAttribute('style')).toContain('red');
    expect(within(below).getByTestId('gap').getAttribute('style')).toContain('red');
    expect(within(rowOf('Trường TH Minh Hoá')).getByTestId('gap').textContent).toBe('+1,2 điểm %');
    expect(within(below).getByRole('img').getAttribute('aria-label')).toBe(
      'Tỷ lệ cộng dồn theo tháng: 1,00 %; 2,00 %; 3,50 %; 4,70 %',
    );

    const bars = [...screen.getByTestId('monthly-chart').querySelectorAll('g[data-count]')];
    expect(bars.map((bar) => bar.getAttribute('data-count'))).toEqual(['40', '80', '0', '120', '39']);
    // The signature block is in the page for print only.
    expect(screen.getByTestId('signature-block').textContent).toContain('Thủ trưởng đơn vị');
    expect(screen.getByTestId('signature-block').className).toContain('print-only');
  });

  it('gives every school row and level card its formula button', async () => {
    renderApp('/bao-cao', reportServer().fetch);
    // What the popover says is tested on the button alone (share-figure.test.tsx).
    await screen.findByRole('table', { name: 'Các trường' });
    expect(within(table()).getByRole('button', { name: 'Cách tính: Trường THCS Tiến Hoá' })).toBeTruthy();
    for (const level of ['Tiểu học', 'Trung học (THCS+THPT)']) {
      expect(await screen.findByRole('button', { name: `Cách tính: ${level}` })).toBeTruthy();
    }
  });
  it('sorts by every column and filters by level and status', async () => {
    const { user } = openApp('/bao-cao', reportServer().fetch);
    const tienHoa = 'Trường THCS Tiến Hoá';
    const minhHoa = 'Trường TH Minh Hoá';
    const thpt = 'Trường THPT Tuyên Hoá';
    const lamHoa = 'Trường TH&THCS Lâm Hoá';
    const sortBy = (column: string) => user.click(within(table()).getByRole('button', { name: column }));

    await screen.findByRole('table', { name: 'Các trường' });
    expect(names()).toEqual([minhHoa, lamHoa, tienHoa, thpt]);
    await sortBy('Tỷ lệ');
    expect(names()).toEqual([tienHoa, minhHoa, thpt, lamHoa]);
    expect(within(table()).getByRole('columnheader', { name: 'Tỷ lệ' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await sortBy('Chênh lệch');
    expect(names()[0]).toBe(tienHoa);
    await sortBy('Chênh lệch');
    expect(names()[0]).toBe(lamHoa);
    await sortBy('Trạng thái');
    expect(names()).toEqual([tienHoa, thpt, minhHoa, lamHoa]);

    await pick(user, 'Cấp học', 'Tiểu học');
    await waitFor(() => expect(names()).toEqual([lamHoa, minhHoa]));
    // A TH&THCS school shows its primary figure under the primary filter.
    expect(within(rowOf(lamHoa)).getByTestId('share').textContent).toBe('3,00 %');
    expect(within(rowOf(lamHoa)).getByText('Đúng tiến độ')).toBeTruthy();

    await pick(user, 'Cấp học', 'Tất cả');
    await pick(user, 'Trạng thái', 'Dưới chỉ tiêu');
    await waitFor(() => expect(names()).toEqual([tienHoa]));
  });

  it('keeps the period in the address, exports it to Excel and prints', async () => {
    const server = reportServer();
    const { user } = openApp('/bao-cao?schoolYear=2025-2026&asOf=2026-03-31', server.fetch);
    const print = vi.fn();
    window.print = print;

    await screen.findByRole('table', { name: 'Các trường' });
    const read = server.requests.find((request) => request.url.startsWith('/api/reports/online-share?'));
    expect(read?.url).toBe('/api/reports/online-share?schoolYear=2025-2026&asOf=2026-03-31');

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(downloads).toEqual(['ty-le-tuyen-hoa.xlsx']));
    expect(server.requests.at(-1)?.url).toBe(
      '/api/reports/online-share.xlsx?schoolYear=2025-2026&asOf=2026-03-31',
    );

    await user.click(screen.getByRole('button', { name: 'In báo cáo' }));
    expect(print).toHaveBeenCalledOnce();

    const link = within(table()).getByRole('link', { name: 'Trường THCS Tiến Hoá' });
    expect(link.getAttribute('href')).toBe(
      `/bao-cao/truong/${SCHOOL_TIEN_HOA}?schoolYear=2025-2026&asOf=2026-03-31`,
    );
  });

  it('writes numbers the English way in English', async () => {
    renderApp('/bao-cao', reportServer().fetch, 'en');

    const schools = await screen.findByRole('table', { name: 'Schools' });
    const row = within(schools).getByRole('link', { name: 'Trường THCS Tiến Hoá' }).closest('tr');
    expect(row?.querySelector('[data-testid="share"]')?.textContent).toBe('4.70 %');
    expect(row?.querySelector('[data-testid="gap"]')?.textContent).toBe('−2.3 pp');
    expect(screen.getByRole('group', { name: 'Primary' }).textContent).toContain('Target 4 %');
  });

  it('lets a province officer open a district from its row', async () => {
    const server = reportServer(
      provinceReport(),
      sessionOf({ role: 'province_officer', district: null, school: null }),
    );
    const { user } = openApp('/bao-cao', server.fetch);

    const districts = await screen.findByRole('table', { name: 'Các Phòng GDĐT' });
    expect(screen.getByRole('combobox', { name: 'Phòng GDĐT' })).toBeTruthy();
    const row = within(districts).getByRole('link', { name: 'Phòng GDĐT Quảng Trạch' }).closest('tr');
    const cell = row?.querySelector('td:nth-child(3)');
    if (!cell) throw new Error('no cell');
    await user.click(cell);
    // Other sections of the page (plan indicators, students learning online) refetch for the district too.
    await waitFor(() =>
      expect(server.requests.map((request) => request.url)).toContain(
        `/api/reports/online-share?districtId=${DISTRICT_QUANG_TRACH}`,
      ),
    );
  });
});
