import type { KpiTarget } from '@hoclieu/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch, json, sessionOf } from './fake-api';
import { openApp } from './render-app';

const officer = sessionOf({ username: 'so.quangbinh', fullName: 'Chuyên viên Sở', role: 'province_officer' });
const target: KpiTarget = {
  id: '00000000-0000-4000-8000-000000000001',
  kpi: 'online_program_share',
  scope: 'primary',
  year: 2025,
  targetPercent: 5,
  sourceDocument: 'Kế hoạch số 1414/KH-UBND ngày 09/8/2022 của UBND tỉnh Quảng Bình',
  sourceText: 'đạt trung bình 5% ở bậc tiểu học',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

describe('plan targets page', () => {
  it('adds a year’s target with its decision and shows a clear error out of range', async () => {
    let created: unknown = null;
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, officer),
      'GET /api/kpi-targets': () => json(200, { items: [target] }),
      'POST /api/kpi-targets': (request) => {
        const body = JSON.parse(request.body ?? '{}');
        if (body.targetPercent > 100) return apiError(422, 'KPI_TARGET_OUT_OF_RANGE');
        created = body;
        return json(200, { ...target, ...body, id: '00000000-0000-4000-8000-000000000002' });
      },
    });
    const { user } = openApp('/chi-tieu', server.fetch);
    await user.click(await screen.findByRole('button', { name: 'Thêm chỉ tiêu' }));
    const dialog = await screen.findByRole('dialog');
    const percent = within(dialog).getByLabelText(/Mục tiêu \(%\)/);
    await user.type(percent, '120');
    await user.type(within(dialog).getByLabelText(/Văn bản quy định/), 'Kế hoạch số 35/KH-UBND năm 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chỉ tiêu phải là tỷ lệ từ 0 đến 100 %.')).toBeTruthy();
    await user.clear(percent);
    await user.type(percent, '6');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu chỉ tiêu.');
    expect(created).toMatchObject({
      kpi: 'online_program_share',
      scope: 'primary',
      targetPercent: 6,
      sourceDocument: 'Kế hoạch số 35/KH-UBND năm 2026',
    });
  });

  it('shows a target’s history: who, when, before and after', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, officer),
      'GET /api/kpi-targets': () => json(200, { items: [target] }),
      [`GET /api/kpi-targets/${target.id}/history`]: () =>
        json(200, {
          items: [
            {
              id: '00000000-0000-4000-8000-000000000009',
              action: 'update',
              fromPercent: 4,
              toPercent: 5,
              fromDocument: 'Kế hoạch cũ',
              toDocument: target.sourceDocument,
              changedBy: 'Chuyên viên Sở',
              changedAt: '2026-11-01T02:00:00.000Z',
            },
          ],
        }),
    });
    const { user } = openApp('/chi-tieu', server.fetch);
    await user.click(await screen.findByRole('button', { name: 'Lịch sử' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Sửa: 4 % → 5 %')).toBeTruthy();
    expect(within(dialog).getByText('Chuyên viên Sở')).toBeTruthy();
    expect(within(dialog).getByText('09:00 01/11/2026')).toBeTruthy();
  });
});
