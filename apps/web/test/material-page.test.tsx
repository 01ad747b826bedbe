import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { detailOf, MATERIAL_ID, PDF_FILE_ID, permissionsOf, VIDEO_FILE_ID } from './material-fixtures';
import { openApp, renderApp } from './render-app';

const detailPath = `/api/materials/${MATERIAL_ID}`;

describe('material page', () => {
  it('shows the PDF and the video in place, downloads, and submits for school sharing', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET ${detailPath}`]: () => json(200, detailOf()),
      [`POST ${detailPath}/share-requests`]: () => json(200, detailOf({ requestedScope: 'school' })),
    });
    const { container } = renderApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);

    const pdf = await screen.findByTitle('Xem tệp PDF Phiếu ôn tập.pdf');
    expect(pdf.getAttribute('src')).toBe(`${detailPath}/files/${PDF_FILE_ID}/content`);
    expect(container.querySelector('video')?.getAttribute('src')).toBe(
      `${detailPath}/files/${VIDEO_FILE_ID}/content`,
    );
    const [download] = screen.getAllByRole('link', { name: 'Tải về Phiếu ôn tập.pdf' });
    expect(download?.getAttribute('href')).toBe(`${detailPath}/files/${PDF_FILE_ID}/content?download=1`);
    expect(screen.getByText('Riêng tư')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải phiên bản mới' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Giao cho lớp' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Gửi duyệt cấp trường' }));
    await screen.findAllByText('Chờ duyệt cấp trường');
    const submit = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(submit?.body ?? '')).toEqual({ scope: 'school' });
    expect(submit?.headers.get('x-csrf-token')).toBe('csrf-123');
  });

  it('marks a change of a shared material "Đang chờ duyệt lại" with what others still see', async () => {
    const changed = detailOf({
      scope: 'district',
      requestedScope: 'district',
      title: 'Bài giảng đã sửa',
      approval: {
        pendingChanges: ['version', 'title'],
        approvedVersion: 1,
        approvedTitle: 'Bài giảng đã duyệt',
        approvedDescription: '',
      },
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET ${detailPath}`]: () => json(200, changed),
    });
    renderApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);
    expect(await screen.findByText('Đang chờ duyệt lại')).toBeTruthy();
    expect(screen.getByText('Thay đổi chờ duyệt: phiên bản mới, tiêu đề.')).toBeTruthy();
    expect(
      screen.getByText(/người khác vẫn thấy bản đã duyệt \(phiên bản 1, “Bài giảng đã duyệt”\)/),
    ).toBeTruthy();
  });

  it('tells a school admin why they cannot approve their own material', async () => {
    const own = detailOf({
      requestedScope: 'school',
      permissions: permissionsOf({ submit: false, reviewBlocked: 'own_request' }),
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ role: 'school_admin', username: 'hieutruong' })),
      [`GET ${detailPath}`]: () => json(200, own),
    });
    renderApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);
    expect(await screen.findByText(/Bạn không thể tự duyệt yêu cầu của chính mình/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).toBeNull();
  });

  it('lets the reviewer reject only with a reason, and shows it with the trail', async () => {
    const pending = detailOf({
      requestedScope: 'school',
      permissions: permissionsOf({ edit: false, submit: false, review: true }),
      decisions: [
        {
          action: 'submitted',
          scope: 'school',
          reason: null,
          actor: 'Trần Minh Châu',
          createdAt: '2026-11-20T08:00:00.000Z',
        },
      ],
    });
    const rejected = detailOf({
      rejectionReason: 'Thiếu nguồn trích dẫn',
      permissions: pending.permissions,
      decisions: [
        ...pending.decisions,
        {
          action: 'rejected',
          scope: 'school',
          reason: 'Thiếu nguồn trích dẫn',
          actor: 'Nguyễn Quốc Dũng',
          createdAt: '2026-11-21T08:00:00.000Z',
        },
      ],
    });
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf({ role: 'school_admin', username: 'hieutruong' })),
      [`GET ${detailPath}`]: () => json(200, pending),
      [`POST ${detailPath}/decisions`]: () => json(200, rejected),
    });
    const { user } = openApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);

    await screen.findByText('Chờ bạn duyệt chia sẻ cấp trường');
    expect(screen.getByText('Gửi duyệt cấp trường · Trần Minh Châu')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Từ chối' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Từ chối' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do từ chối/ }), 'Thiếu nguồn trích dẫn');
    await user.click(confirm);

    await waitFor(() => expect(screen.getAllByText('Thiếu nguồn trích dẫn').length).toBeGreaterThan(0));
    const decision = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(decision?.body ?? '')).toEqual({ decision: 'reject', reason: 'Thiếu nguồn trích dẫn' });
    expect(screen.getByText('Từ chối cấp trường · Nguyễn Quốc Dũng')).toBeTruthy();
  });

  it('assigns the material to a class and subject the teacher teaches', async () => {
    const classId = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3c01';
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, sessionOf()),
      [`GET ${detailPath}`]: () => json(200, detailOf()),
      'GET /api/me/classes': () =>
        json(200, {
          items: [
            {
              id: classId,
              name: '6A',
              grade: 6,
              schoolYear: '2026-2027',
              electiveSubjects: [],
              studentCount: 30,
              school: { id: '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e003', name: 'Trường THCS Tiến Hoá' },
              subjects: [{ code: 'toan', name: 'Toán' }],
            },
          ],
        }),
      [`POST ${detailPath}/online-lessons`]: () =>
        json(200, {
          id: classId,
          classId,
          subjectCode: 'toan',
          date: '2026-11-23',
          periods: 2,
          source: 'material',
        }),
    });
    const { user } = openApp(`/hoc-lieu/${MATERIAL_ID}`, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Giao cho lớp' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('combobox', { name: 'Lớp' }));
    await user.click(await screen.findByRole('option', { name: '6A · Trường THCS Tiến Hoá', hidden: true }));
    // The only subject taught there is chosen for the teacher.
    expect((within(dialog).getByRole('combobox', { name: 'Môn học' }) as HTMLInputElement).value).toBe(
      'Toán',
    );
    const date = within(dialog).getByLabelText(/Ngày học/);
    await user.clear(date);
    await user.type(date, '2026-11-23');
    const periods = within(dialog).getByRole('textbox', { name: /Số tiết/ });
    await user.clear(periods);
    await user.type(periods, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Giao bài' }));

    await screen.findByText('Đã giao học liệu cho lớp 6A.');
    const assigned = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(assigned?.body ?? '')).toEqual({
      classId,
      subjectCode: 'toan',
      date: '2026-11-23',
      periods: 2,
    });
  });
});
