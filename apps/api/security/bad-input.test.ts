import { INT4_MAX } from '@hoclieu/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test/helpers.js';
import { postFile } from '../test/import-files.js';
import { createMatrixApp } from './authz/app.js';
import { type AuthzWorld, buildAuthzWorld } from './authz/world.js';

/**
 * Input the database cannot hold is a 400 with a stable code, never a
 * 500/503 (a NUL byte, an int4 overflow, a page past any list); evidence links are http(s) only; a
 * lesson's date lies within its class's school year.
 */
let t: TestApp;
let w: AuthzWorld;

beforeAll(async () => {
  t = await createMatrixApp();
  w = await buildAuthzWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const code = (response: { body: string }) =>
  (JSON.parse(response.body) as { error?: { code: string } }).error?.code;

describe('control characters in text', () => {
  it('refuses NUL in a material and a question search with 400 INVALID_TEXT', async () => {
    const { teacher } = w.callers;
    for (const url of ['/api/materials?q=ph%C3%A2n%00s%E1%BB%91', '/api/questions?q=%00']) {
      const response = await teacher.client.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(code(response)).toBe('INVALID_TEXT');
      expect(response.json().error.issues[0].path).toBe('querystring.q');
    }
  });

  it('refuses NUL and other C0 characters in a title, naming the field', async () => {
    for (const title of ['Phân số\u0000', 'Bell\u0007', 'Lone \uD800 surrogate']) {
      const response = await w.callers.teacher.client.request({
        method: 'POST',
        url: '/api/materials',
        payload: { title, type: 'document', licence: 'cc_by', grade: 6, subjectCode: 'toan' },
      });
      expect(response.statusCode, JSON.stringify(title)).toBe(400);
      expect(code(response)).toBe('INVALID_TEXT');
      expect(response.json().error.issues).toEqual([
        { path: 'body.title', message: expect.stringContaining('title') },
      ]);
    }
  });

  it('refuses NUL in a path parameter and in an object key', async () => {
    const param = await w.callers.teacher.client.request({ method: 'GET', url: '/api/materials/%00' });
    expect(param.statusCode).toBe(400);
    expect(code(param)).toBe('INVALID_TEXT');
    const key = await w.callers.teacher.client.request({
      method: 'POST',
      url: '/api/materials',
      payload: {
        'ti\u0000tle': 'x',
        title: 'Học liệu',
        type: 'document',
        licence: 'cc_by',
        subjectCode: 'toan',
      },
    });
    expect(code(key)).toBe('INVALID_TEXT');
  });

  it('answers a URL that is not valid percent-encoding with our 400 body, before any route', async () => {
    const response = await w.callers.teacher.client.request({
      method: 'GET',
      url: '/api/materials/%E0%A4%A',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.any(String) },
      requestId: expect.any(String),
    });
  });

  it("keeps a student's essay with tabs, newlines and carriage returns, and refuses NUL in it", async () => {
    const attempt = await w.attempt(w.units.own);
    const essayKey = attempt.assignment.exam.essayKey;
    const save = (seq: number, text: string) =>
      w.units.own.student.client.request({
        method: 'PUT',
        url: `/api/attempts/${attempt.id}/answers`,
        payload: { seq, answers: [{ key: essayKey, answer: { text } }] },
      });
    const kept = await save(1, 'Bước 1:\tđặt ẩn\r\nBước 2: giải\n');
    expect(kept.statusCode, kept.body).toBe(200);
    const nul = await save(2, 'Bước 3\u0000');
    expect(nul.statusCode).toBe(400);
    expect(code(nul)).toBe('INVALID_TEXT');
  });
});

describe('control characters in an uploaded file name', () => {
  it('refuses a workbook whose file name holds NUL with 400 INVALID_TEXT, and takes an ordinary one', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Phòng GDĐT').addRow(['Mã phòng *', 'Tên phòng *']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const officer = w.callers.province_officer.client;
    const refused = await postFile(officer, '/api/org-imports', file, 'to-chuc\u0000.xlsx');
    expect(refused.statusCode, refused.body).toBe(400);
    expect(code(refused)).toBe('INVALID_TEXT');
    const taken = await postFile(officer, '/api/org-imports', file, 'tổ chức.xlsx');
    expect(taken.statusCode, taken.body).toBe(200);
  });
});

describe('numbers bounded to what the database holds', () => {
  it('refuses a quiz save with seq 2^31 (int4 overflow) with 400', async () => {
    const attempt = await w.attempt(w.units.own);
    for (const seq of [2 ** 31, 1e15, Number.MAX_SAFE_INTEGER]) {
      const response = await w.units.own.student.client.request({
        method: 'PUT',
        url: `/api/attempts/${attempt.id}/answers`,
        payload: { seq, answers: [{ key: attempt.assignment.exam.essayKey, answer: { text: 'x' } }] },
      });
      expect(response.statusCode, String(seq)).toBe(400);
      expect(code(response)).toBe('VALIDATION_FAILED');
    }
    const highest = await w.units.own.student.client.request({
      method: 'PUT',
      url: `/api/attempts/${attempt.id}/answers`,
      payload: { seq: INT4_MAX, answers: [{ key: attempt.assignment.exam.essayKey, answer: { text: 'x' } }] },
    });
    expect(highest.statusCode, highest.body).toBe(200);
  });

  it('refuses page 10^12 of every paged list with 400', async () => {
    const admin = w.callers.system_admin;
    for (const path of ['/api/materials', '/api/questions', '/api/audit', '/api/users']) {
      for (const page of ['1000000000000', '2147483648', '1e400']) {
        const response = await admin.client.request({ method: 'GET', url: `${path}?page=${page}` });
        expect(response.statusCode, `${path}?page=${page}`).toBe(400);
        expect(code(response)).toBe('VALIDATION_FAILED');
      }
    }
  });
});

describe('evidence links', () => {
  const declare = (link: string, date = '2026-10-05') =>
    w.units.own.teacher.client.request({
      method: 'POST',
      url: '/api/online-lessons',
      payload: { classId: w.units.own.classId, subjectCode: 'toan', date, periods: 1, link },
    });

  it('accepts only http: and https: links, refusing the rest with LINK_NOT_WEB', async () => {
    for (const link of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.vn/bai.mp4',
      'https://',
    ]) {
      const response = await declare(link);
      expect(response.statusCode, link).toBe(400);
      expect(code(response), link).toBe('LINK_NOT_WEB');
      expect(response.json().error.issues[0].path).toBe('body.link');
    }
    for (const link of ['https://meet.google.com/abc-defg-hij', 'http://truong.edu.vn/ghi-hinh/1']) {
      const response = await declare(link);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().link).toBe(link);
    }
  });

  it("refuses a live lesson dated outside the class's school year", async () => {
    for (const date of ['2026-09-04', '2027-06-01', '2019-01-01']) {
      const response = await declare('https://meet.google.com/abc-defg-hij', date);
      expect(response.statusCode, date).toBe(422);
      expect(code(response)).toBe('LESSON_DATE_OUTSIDE_YEAR');
      expect(response.json().error.message).toBe('Ngày học không thuộc năm học của lớp.');
    }
    for (const date of ['2026-09-05', '2027-05-31']) {
      const response = await declare('https://meet.google.com/abc-defg-hij', date);
      expect(response.statusCode, response.body).toBe(200);
    }
  });

  it("refuses a material given as an online lesson outside the class's school year", async () => {
    const material = await w.material(w.units.own.teacher);
    const assign = (date: string) =>
      w.units.own.teacher.client.request({
        method: 'POST',
        url: `/api/materials/${material.id}/online-lessons`,
        payload: { classId: w.units.own.classId, subjectCode: 'toan', date, periods: 1 },
      });
    const outside = await assign('2027-07-15');
    expect(outside.statusCode).toBe(422);
    expect(code(outside)).toBe('LESSON_DATE_OUTSIDE_YEAR');
    const inside = await assign('2027-01-15');
    expect(inside.statusCode, inside.body).toBe(200);
  });
});
