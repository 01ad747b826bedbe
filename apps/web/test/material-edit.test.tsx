import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { detailOf, MATERIAL_ID } from './material-fixtures';
import { openApp, renderApp } from './render-app';

const detailPath = `/api/materials/${MATERIAL_ID}`;
const decision = (action: string, reason: string | null = null) => ({
  action,
  scope: 'school' as const,
  reason,
  actor: 'Nguyễn Thị Hiệu Trưởng',
  createdAt: '2026-05-12T02:30:00.000Z',
});

describe('editing a saved material', () => {
  it('tells the author a shared material waits for re-approval, shows Vietnamese field errors, then saves', async () => {
    const shared = detailOf({ scope: 'school', title: 'Bài giảng đã duyệt' });
    let patches = 0;
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET ${detailPath}`]: () => json(200, shared),
      [`PATCH ${detailPath}`]: () =>
        ++patches === 1
          ? json(400, {
              error: {
                code: 'VALIDATION_FAILED',
                message: 'Dữ liệu không hợp lệ.',
                issues: [{ path: 'body.title', message: 'Too small' }],
              },
              requestId: 'req-1',
            })
          : json(200, { ...shared, title: 'Bài giảng đã sửa' }),
    });
    const { user } = openApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);
    await user.click(await screen.findByRole('button', { name: 'Sửa học liệu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa học liệu' });
    expect(within(dialog).getByText(/Học liệu đã được chia sẻ cấp trường/)).toBeTruthy();
    const title = within(dialog).getByRole('textbox', { name: /Tên học liệu/ });
    expect((title as HTMLInputElement).value).toBe('Bài giảng đã duyệt');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText('Vui lòng kiểm tra lại thông tin này.')).toBeTruthy();
    await user.clear(title);
    await user.type(title, 'Bài giảng đã sửa');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bài giảng đã sửa' })).toBeTruthy();
    const body = JSON.parse(server.requests.filter((r) => r.method === 'PATCH').at(-1)?.body ?? '{}');
    expect(body).toMatchObject({ title: 'Bài giảng đã sửa', type: shared.type, licence: shared.licence });
  });

  it('puts a standing rejection first, with its reason, "Sửa học liệu" and "Gửi duyệt lại"', async () => {
    const rejected = detailOf({
      rejectionReason: 'Thiếu nguồn trích dẫn',
      decisions: [decision('submitted'), decision('rejected', 'Thiếu nguồn trích dẫn')],
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET ${detailPath}`]: () => json(200, rejected),
      [`POST ${detailPath}/share-requests`]: () => json(200, { ...rejected, requestedScope: 'school' }),
    });
    renderApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);
    const notice = await screen.findByRole('alert', { name: 'Yêu cầu chia sẻ bị từ chối' });
    expect(within(notice).getByText('Lý do: Thiếu nguồn trích dẫn')).toBeTruthy();
    expect(within(notice).getByRole('button', { name: 'Sửa học liệu' })).toBeTruthy();
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Gửi duyệt lại cấp trường' }));
    await screen.findAllByText('Chờ duyệt cấp trường');
    expect(screen.queryByRole('alert', { name: 'Yêu cầu chia sẻ bị từ chối' })).toBeNull();
    const submit = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(submit?.body ?? '')).toEqual({ scope: 'school' });
  });
});
