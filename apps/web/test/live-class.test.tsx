import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, sessionOf } from './fake-api';
import { openApp } from './render-app';
import { CLASS_6A, CLASS_6B, recordOf } from './report-fixtures';
import { pick } from './select-option';

const classOf = (id: string, name: string, subjects: { code: string; name: string }[]) => ({
  id,
  name,
  grade: 6,
  schoolYear: '2026-2027',
  electiveSubjects: [],
  studentCount: 30,
  school: { id: sessionOf().user.school?.id ?? '', name: 'Trường THCS Tiến Hoá' },
  subjects,
});

function teacherServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    'GET /api/me/classes': () =>
      json(200, {
        items: [
          classOf(CLASS_6A, '6A', [
            { code: 'toan', name: 'Toán' },
            { code: 'tin-hoc', name: 'Tin học' },
          ]),
          classOf(CLASS_6B, '6B', [{ code: 'toan', name: 'Toán' }]),
        ],
      }),
    [`GET /api/schools/${sessionOf().user.school?.id}/classes`]: () => json(200, { items: [] }),
    'POST /api/online-lessons': () => json(200, recordOf()),
  });
}

describe('declaring a live online lesson', () => {
  it('sends the class, subject, date, periods, link and note from the teacher’s classes page', async () => {
    const server = teacherServer();
    const { user } = openApp('/lop', server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Khai báo dạy trực tuyến' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khai báo một buổi dạy trực tuyến' });
    await within(dialog).findByRole('combobox', { name: 'Lớp' });

    await user.click(within(dialog).getByRole('button', { name: 'Gửi khai báo' }));
    expect(within(dialog).getByText('Chọn lớp.')).toBeTruthy();
    expect(
      within(dialog).getByText('Nhập một liên kết web đầy đủ, bắt đầu bằng http:// hoặc https://'),
    ).toBeTruthy();
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);

    await pick(user, 'Lớp', '6A');
    await pick(user, 'Môn học', 'Tin học');
    const date = within(dialog).getByLabelText(/Ngày dạy/);
    await user.clear(date);
    await user.type(date, '2027-01-12');
    const periods = within(dialog).getByRole('textbox', { name: 'Số tiết' });
    await user.clear(periods);
    await user.type(periods, '2');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Liên kết buổi dạy/ }),
      'https://meet.google.com/abc',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Ghi chú' }), 'Ôn tập chương 2');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi khai báo' }));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    const sent = server.requests.find((r) => r.method === 'POST');
    expect(sent?.url).toBe('/api/online-lessons');
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      classId: CLASS_6A,
      subjectCode: 'tin-hoc',
      date: '2027-01-12',
      periods: 2,
      link: 'https://meet.google.com/abc',
      note: 'Ôn tập chương 2',
    });
    await screen.findByText('Đã gửi khai báo, chờ nhà trường xác nhận.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
