import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  assignmentOf,
  CLASS_6A,
  CLASS_7A,
  EXAM_ID,
  examDetailOf,
  STUDENT_AN,
  STUDENT_BINH,
} from './assessment-fixtures';
import { recordDownloads } from './downloads';
import { apiError, fakeFetch, json, sessionOf } from './fake-api';
import { openApp } from './render-app';
import { pick } from './select-option';

const classOf = (id: string, name: string, grade: number) => ({
  id,
  name,
  grade,
  schoolYear: '2026-2027',
  electiveSubjects: [],
  studentCount: 2,
});

function examServer(detail = examDetailOf(), overrides: Parameters<typeof fakeFetch>[0] = {}) {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    [`GET /api/exams/${EXAM_ID}`]: () => json(200, detail),
    'GET /api/assignments': () => json(200, { items: [] }),
    'GET /api/me/classes': () =>
      json(200, {
        items: [
          {
            ...classOf(CLASS_6A, '6A', 6),
            school: { id: sessionOf().user.school?.id, name: 'Trường THCS Tiến Hoá' },
            subjects: [{ code: 'toan', name: 'Toán' }],
          },
          {
            ...classOf(CLASS_7A, '7A', 7),
            school: { id: sessionOf().user.school?.id, name: 'Trường THCS Tiến Hoá' },
            subjects: [{ code: 'ngu-van', name: 'Ngữ văn' }],
          },
        ],
      }),
    [`GET /api/classes/${CLASS_6A}`]: () =>
      json(200, {
        ...classOf(CLASS_6A, '6A', 6),
        school: { id: sessionOf().user.school?.id, name: 'Trường THCS Tiến Hoá' },
        students: [
          { id: STUDENT_AN, username: 'hs.an', fullName: 'Nguyễn Văn An' },
          { id: STUDENT_BINH, username: 'hs.binh', fullName: 'Lê Thị Bình' },
        ],
        teachers: [],
      }),
    [`POST /api/exams/${EXAM_ID}/assignments`]: () => json(200, assignmentOf()),
    [`POST /api/exams/${EXAM_ID}/versions`]: () => json(200, examDetailOf({ versionCodes: ['101', '102'] })),
    [`GET /api/exams/${EXAM_ID}/versions/101/paper`]: () =>
      new Response('PK', {
        status: 200,
        headers: { 'content-disposition': "attachment; filename*=UTF-8''de-101.docx" },
      }),
    [`GET /api/exams/${EXAM_ID}/answer-key`]: () => new Response('PK', { status: 200 }),
    [`POST /api/exams/${EXAM_ID}/items/1/key`]: () => json(200, { regraded: 12 }),
    ...overrides,
  });
}

const url = `/de-kiem-tra/${EXAM_ID}`;
const downloads = recordDownloads();

describe('exam page', () => {
  it('assigns the exam to a class with times, limits, release policy, periods and extra time', async () => {
    const server = examServer();
    const { user } = openApp(url, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Giao bài' }));
    const dialog = await screen.findByRole('dialog', { name: 'Giao bài: Kiểm tra giữa kì I – Toán 6' });
    const timeLimit = await within(dialog).findByRole('textbox', { name: 'Thời gian làm bài' });
    expect((timeLimit as HTMLInputElement).value).toBe('45 phút');
    await user.click(within(dialog).getByRole('combobox', { name: 'Lớp' }));
    const class6A = await screen.findByRole('option', { name: '6A · Lớp 6', hidden: true });
    // Only the classes where the teacher teaches the test's subject.
    expect(screen.queryByRole('option', { name: '7A · Lớp 7', hidden: true })).toBeNull();
    await user.click(class6A);

    fireEvent.change(within(dialog).getByLabelText(/^Mở lúc/), { target: { value: '2026-11-20T07:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Đóng lúc/), { target: { value: '2026-11-20T07:00' } });
    expect(within(dialog).getByText('Giờ đóng phải sau giờ mở.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Giao bài' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/^Đóng lúc/), { target: { value: '2026-11-20T09:00' } });

    await user.clear(timeLimit);
    await user.type(timeLimit, '40');
    const attempts = within(dialog).getByRole('textbox', { name: 'Số lần làm bài' });
    await user.clear(attempts);
    await user.type(attempts, '2');
    await user.click(within(dialog).getByRole('radio', { name: 'Giáo viên công bố' }));
    const periods = within(dialog).getByRole('textbox', { name: 'Số tiết' });
    await user.clear(periods);
    await user.type(periods, '2');
    await user.click(within(dialog).getByRole('checkbox', { name: /Chỉ làm trên một thiết bị/ }));

    await user.click(within(dialog).getByRole('button', { name: 'Thêm học sinh được cộng giờ' }));
    await pick(user, 'Học sinh thứ 1 được cộng giờ', 'Nguyễn Văn An');
    const minutes = within(dialog).getByRole('textbox', { name: 'Số phút cộng thêm cho học sinh thứ 1' });
    await user.clear(minutes);
    await user.type(minutes, '15');

    await user.click(within(dialog).getByRole('button', { name: 'Giao bài' }));
    await waitFor(() =>
      expect(server.requests.some((r) => r.url.endsWith('/assignments') && r.method === 'POST')).toBe(true),
    );
    const sent = server.requests.find((r) => r.method === 'POST' && r.url.endsWith('/assignments'));
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      classIds: [CLASS_6A],
      // The fields are Vietnam's wall clock whatever the device's zone: 07:30 there is 00:30 UTC.
      opensAt: '2026-11-20T00:30:00.000Z',
      closesAt: '2026-11-20T02:00:00.000Z',
      timeLimitMinutes: 40,
      attemptsAllowed: 2,
      releasePolicy: 'manual',
      periods: 2,
      extraTime: [{ studentId: STUDENT_AN, minutes: 15 }],
      oneDevice: true,
    });
    await screen.findByText('Đã giao bài cho 6A.');
  });

  it('says for each release choice what students see and when, and shows the server’s refusal', async () => {
    const server = examServer(examDetailOf(), {
      [`POST /api/exams/${EXAM_ID}/assignments`]: () => apiError(422, 'EXTRA_TIME_STUDENT_NOT_IN_CLASSES'),
    });
    const { user } = openApp(url, server.fetch);

    await user.click(await screen.findByRole('button', { name: 'Giao bài' }));
    const dialog = await screen.findByRole('dialog', { name: 'Giao bài: Kiểm tra giữa kì I – Toán 6' });
    await user.click(await within(dialog).findByRole('combobox', { name: 'Lớp' }));
    await user.click(await screen.findByRole('option', { name: '6A · Lớp 6', hidden: true }));
    fireEvent.change(within(dialog).getByLabelText(/^Mở lúc/), { target: { value: '2026-11-20T07:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Đóng lúc/), { target: { value: '2026-11-20T09:00' } });

    // "Immediately" means the score at once; the corrected paper waits until all are done.
    const immediately = within(dialog).getByRole('radio', { name: 'Điểm ngay khi nộp, đáp án sau' });
    expect(dialog.textContent).toContain(
      'Nộp xong, học sinh thấy ngay điểm và bài làm của mình (không có đúng/sai từng câu); đáp án và lời giải hiện khi cả lớp đã hết thời gian làm bài.',
    );
    expect(immediately).toBeTruthy();
    expect(dialog.textContent).toContain(
      'Chỉ dùng cho bài luyện tập, không dùng cho bài kiểm tra: nộp xong, học sinh thấy ngay điểm, đáp án và lời giải, kể cả khi các bạn khác vẫn đang làm bài.',
    );
    // The instant is the server's rule: closing time + the longest extra time + 1 minute.
    expect(dialog.textContent).toContain('Cả lớp hết thời gian làm bài lúc 09:01 20/11/2026 (giờ Việt Nam)');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm học sinh được cộng giờ' }));
    await pick(user, 'Học sinh thứ 1 được cộng giờ', 'Nguyễn Văn An');
    const minutes = within(dialog).getByRole('textbox', { name: 'Số phút cộng thêm cho học sinh thứ 1' });
    await user.clear(minutes);
    await user.type(minutes, '15');
    expect(dialog.textContent).toContain('lúc 09:16 20/11/2026');
    await user.click(within(dialog).getByRole('radio', { name: 'Luyện tập: đáp án ngay khi nộp' }));
    expect(dialog.textContent).not.toContain('Cả lớp hết thời gian làm bài lúc');
    const attempts = within(dialog).getByRole('textbox', { name: 'Số lần làm bài' });
    await user.clear(attempts);
    await user.type(attempts, '2');
    expect(dialog.textContent).toContain(
      'Học sinh còn lượt làm lại chưa thấy đáp án và lời giải cho đến khi đã dùng hết lượt làm bài hoặc bài đã đóng.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Giao bài' }));
    expect(
      await within(dialog).findByText('Chỉ cộng giờ được cho học sinh của các lớp được giao bài.'),
    ).toBeTruthy();
  });

  it('makes versions and downloads each paper and the answer key', async () => {
    const server = examServer();
    const { user } = openApp(url, server.fetch);

    const versions = await screen.findByRole('region', { name: 'Mã đề và tệp in' });
    expect(within(versions).getByRole('button', { name: 'Đáp án (.docx)' }).hasAttribute('disabled')).toBe(
      true,
    );
    await user.click(within(versions).getByRole('button', { name: 'Tạo mã đề' }));
    await within(versions).findByRole('button', { name: 'Đề mã 101 (.docx)' });
    const made = server.requests.find((r) => r.url.endsWith('/versions'));
    expect(JSON.parse(made?.body ?? '')).toEqual({ count: 4 });
    expect(within(versions).getByRole('button', { name: 'Đề mã 102 (.docx)' })).toBeTruthy();

    await user.click(within(versions).getByRole('button', { name: 'Đề mã 101 (.docx)' }));
    await user.click(within(versions).getByRole('button', { name: 'Đáp án (.docx)' }));
    await waitFor(() => expect(downloads).toEqual(['de-101.docx', 'dap-an.docx']));
  });

  it('corrects a key with a reason and tells how many attempts were regraded', async () => {
    const server = examServer(examDetailOf({ locked: true, versionCodes: ['101'] }));
    const { user } = openApp(url, server.fetch);

    await screen.findByText(/Đề đã được giao nên không thể sửa câu hỏi/);
    expect(screen.queryByRole('link', { name: 'Sửa đề' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Tạo mã đề' }).hasAttribute('disabled')).toBe(true);

    const item = screen.getByRole('article', { name: 'Câu 1' });
    await user.click(within(item).getByRole('button', { name: 'Sửa đáp án' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đáp án câu 1' });
    expect((within(dialog).getByRole('radio', { name: 'Phương án A' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Phương án B' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Lý do sửa/ }), 'Đáp án cũ nhầm.');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu đáp án và chấm lại' }));

    await within(item).findByText('Đã sửa đáp án, đã chấm lại 12 bài.');
    const sent = server.requests.find((r) => r.url.endsWith('/items/1/key'));
    expect(JSON.parse(sent?.body ?? '')).toEqual({ options: ['B'], reason: 'Đáp án cũ nhầm.' });
    expect(server.requests.filter((r) => r.url === `/api/exams/${EXAM_ID}`).length).toBeGreaterThan(1);
  });
});
