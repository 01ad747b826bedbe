import type { AttemptSupervision } from '@hoclieu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, resultsOf } from './assessment-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';

const OPEN_ATTEMPT = '9c1c1a52-6a2a-4d38-9a55-4c5b0a0f3e01';

const log = (deviceBlocked: boolean): AttemptSupervision => ({
  attemptId: OPEN_ATTEMPT,
  oneDevice: true,
  deviceBlocked,
  events: [
    { kind: 'hidden', at: '2026-11-20T01:02:03.000Z', durationMs: 95_000, device: 1 },
    { kind: 'blur', at: '2026-11-20T01:05:00.000Z', durationMs: null, device: 1 },
    { kind: 'device_blocked', at: '2026-11-20T01:06:00.000Z', durationMs: null, device: 2 },
  ],
});

function server() {
  const base = resultsOf();
  let blocked = true;
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    [`GET /api/assignments/${ASSIGNMENT_ID}/results`]: () =>
      json(
        200,
        resultsOf({
          students: base.students.map((s, i) =>
            i === 2
              ? {
                  ...s,
                  attemptId: OPEN_ATTEMPT,
                  status: 'open',
                  supervision: { awayCount: 2, awayMs: 95_000, deviceChanges: 0, deviceBlocked: blocked },
                }
              : s,
          ),
        }),
      ),
    [`GET /api/attempts/${OPEN_ATTEMPT}/events`]: () => json(200, log(blocked)),
    [`POST /api/attempts/${OPEN_ATTEMPT}/unlock-device`]: () => {
      blocked = false;
      return json(200, log(false));
    },
  });
}

describe('exam supervision on the results page', () => {
  it('shows absences and device changes per student, the log, and unlocks a refused device', async () => {
    const api = server();
    renderApp(`/giao-bai/${ASSIGNMENT_ID}/ket-qua`, api.fetch);
    const table = await screen.findByRole('table', { name: 'Học sinh' });
    const an = within(table).getByText('Nguyễn Văn An').closest('tr') as HTMLElement;
    expect(an.textContent).toContain('Rời trang 3 lần · 1 phút 35 giây');
    expect(an.textContent).toContain('Đổi thiết bị 1 lần');
    const cuong = within(table).getByText('Phạm Quốc Cường').closest('tr') as HTMLElement;
    expect(cuong.textContent).toContain('Thiết bị khác đang chờ mở khoá');

    const user = userEvent.setup();
    await user.click(within(cuong).getByRole('button', { name: 'Nhật ký làm bài của Phạm Quốc Cường' }));
    const drawer = await screen.findByRole('dialog', { name: 'Nhật ký làm bài: Phạm Quốc Cường' });
    await within(drawer).findByText('Rời trang làm bài · trong 1 phút 35 giây · Thiết bị 1');
    expect(within(drawer).getByText('Chuyển sang cửa sổ khác · chưa quay lại · Thiết bị 1')).toBeTruthy();
    expect(within(drawer).getByText(/không thu thập thông tin thiết bị/)).toBeTruthy();
    await user.click(within(drawer).getByRole('button', { name: 'Mở khoá thiết bị' }));
    await waitFor(() =>
      expect(within(drawer).queryByRole('button', { name: 'Mở khoá thiết bị' })).toBeNull(),
    );
    expect(api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/unlock-device'))).toHaveLength(
      1,
    );
  });
});
