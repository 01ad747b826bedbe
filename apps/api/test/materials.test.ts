import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import {
  elfBinary,
  pdfWith,
  publishMaterial,
  putUpload,
  uploadFile,
  uploadTicket,
  zipOf,
} from './material-files.js';
import { get, teachToan, type World } from './world.js';

const { t, w } = await fileWorld();

const search = async (client: World['teacher']['client'], q: string) => {
  await t.app.searchOutbox.drain();
  const response = await get(client, `/api/materials?q=${encodeURIComponent(q)}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: { id: string; title: string }[];
    total: number;
    facets: Record<string, Record<string, number>>;
  };
};
const ids = (result: { items: { id: string }[] }) => result.items.map((i) => i.id);

describe('uploads', () => {
  it('stores a file with its SHA-256 and points out an identical file', async () => {
    const first = await publishMaterial(w.teacher.client, 'Phân số lớp 6');
    const again = await uploadFile(w.teacher.client, 'ban-sao.pdf', pdfWith('Hinh hoc phang'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      status: 'stored',
      category: 'pdf',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(again.json().duplicates).toEqual([{ materialId: first.id, title: 'Phân số lớp 6' }]);
  });

  it('refuses an executable whatever its name', async () => {
    const response = await uploadFile(w.teacher.client, 'bai-giang.pdf', elfBinary);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('FILE_TYPE_REFUSED');
  });

  it('refuses a file over the declared size, and uploads by students', async () => {
    const ticket = await uploadTicket(w.teacher.client, 'a.pdf', 10);
    const put = await putUpload(w.teacher.client, ticket.json().url, Buffer.alloc(1000));
    expect(put.statusCode).toBe(413);
    expect(put.json().error.code).toBe('UPLOAD_TOO_LARGE');
    expect((await uploadTicket(w.student.client, 'a.pdf', 10)).statusCode).toBe(403);
  });

  it('keeps another user from sending bytes to my upload', async () => {
    const ticket = await uploadTicket(w.teacher.client, 'a.pdf', 10);
    const put = await putUpload(w.otherTeacher.client, ticket.json().url, Buffer.alloc(10));
    expect(put.statusCode).toBe(403);
  });
});

describe('sharing and visibility', () => {
  it('widens step by step, each step decided by its reviewer, visible only within scope', async () => {
    const m = await publishMaterial(w.teacher.client, 'Địa lí địa phương Tuyên Hoá');
    expect(ids(await search(w.teacher.client, 'dia li'))).toContain(m.id);
    expect(ids(await search(w.student.client, 'dia li'))).not.toContain(m.id);
    expect((await get(w.student.client, `/api/materials/${m.id}`)).statusCode).toBe(403);

    const tooFar = await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/share-requests`,
      payload: { scope: 'district' },
    });
    expect(tooFar.json().error.code).toBe('SHARE_NOT_ALLOWED');
    const submitted = await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/share-requests`,
      payload: { scope: 'school' },
    });
    expect(submitted.json().requestedScope).toBe('school');

    expect((await get(w.otherSchoolAdmin.client, '/api/reviews/materials')).json().items).toEqual([]);
    const queue = (await get(w.schoolAdmin.client, '/api/reviews/materials')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(m.id);
    const decide = (client: World['teacher']['client'], body: object) =>
      client.request({ method: 'POST', url: `/api/materials/${m.id}/decisions`, payload: body });
    expect((await decide(w.otherSchoolAdmin.client, { decision: 'approve' })).statusCode).toBe(403);
    expect((await decide(w.districtOfficer.client, { decision: 'approve' })).statusCode).toBe(403);
    expect((await decide(w.schoolAdmin.client, { decision: 'approve' })).json().scope).toBe('school');

    expect(ids(await search(w.student.client, 'dia li'))).toContain(m.id);
    expect(ids(await search(w.otherTeacher.client, 'dia li'))).not.toContain(m.id);

    await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/share-requests`,
      payload: { scope: 'district' },
    });
    expect((await decide(w.schoolAdmin.client, { decision: 'approve' })).statusCode).toBe(403);
    expect((await decide(w.districtOfficer.client, { decision: 'approve' })).json().scope).toBe('district');
    expect(ids(await search(w.otherTeacher.client, 'dia li'))).toContain(m.id);
    expect((await get(w.otherProvinceOfficer.client, `/api/materials/${m.id}`)).statusCode).toBe(403);

    const audit = await t.db.auditEntry.count({
      where: { resourceId: m.id, action: { startsWith: 'material.' } },
    });
    expect(audit).toBe(4);
  });

  it('shows a rejection reason to the author, not to others', async () => {
    const m = await publishMaterial(w.teacher.client, 'Bài giảng cần sửa');
    await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/share-requests`,
      payload: { scope: 'school' },
    });
    const rejected = await w.schoolAdmin.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/decisions`,
      payload: { decision: 'reject', reason: 'Thiếu nguồn trích dẫn' },
    });
    expect(rejected.json()).toMatchObject({
      scope: 'private',
      requestedScope: null,
      rejectionReason: 'Thiếu nguồn trích dẫn',
    });
    const mine = (await get(w.teacher.client, `/api/materials/${m.id}`)).json();
    expect(mine.rejectionReason).toBe('Thiếu nguồn trích dẫn');
    expect(mine.decisions.map((d: { action: string }) => d.action)).toEqual(['submitted', 'rejected']);
  });
});

describe('background processing', () => {
  it('extracts the text of a PDF in a job, and search then finds words only the file holds', async () => {
    const m = await publishMaterial(w.teacher.client, 'Tài liệu ôn tập', pdfWith('Quang hop cua cay xanh'));
    const uploadId = (await t.db.materialFile.findUniqueOrThrow({ where: { id: m.versions[0].files[0].id } }))
      .uploadId;
    for (let i = 0; i < 60; i++) {
      const upload = await t.db.upload.findUniqueOrThrow({ where: { id: uploadId } });
      if (upload.processedAt) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const upload = await t.db.upload.findUniqueOrThrow({ where: { id: uploadId } });
    expect(upload.extractedText).toContain('Quang hop cua cay xanh');
    expect(upload.thumbnailKey).not.toBeNull();
    expect(ids(await search(w.teacher.client, 'quang hop'))).toContain(m.id);
  });
});

describe('files', () => {
  it('serves ranges for seeking and downloads with the Vietnamese filename', async () => {
    const m = await publishMaterial(w.teacher.client, 'Tệp tải về');
    const fileId = m.versions[0].files[0].id;
    const url = `/api/materials/${m.id}/files/${fileId}/content`;
    const partial = await w.teacher.client.request({ method: 'GET', url, headers: { range: 'bytes=0-7' } });
    expect(partial.statusCode).toBe(206);
    expect(partial.headers['content-range']).toMatch(/^bytes 0-7\/\d+$/);
    expect(partial.body).toBe('%PDF-1.4');
    const download = await w.teacher.client.request({ method: 'GET', url: `${url}?download=1` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Tệp tải về.pdf')}`,
    );
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(403);
    expect((await get(w.teacher.client, `/api/materials/${m.id}`)).json().downloadCount).toBe(1);
  });

  it('keeps earlier versions downloadable', async () => {
    const m = await publishMaterial(w.teacher.client, 'Có hai phiên bản');
    const second = await uploadFile(w.teacher.client, 'v2.pdf', pdfWith('Version two'));
    const v2 = await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/versions`,
      payload: { uploadIds: [second.json().id], note: 'Sửa lỗi chính tả' },
    });
    expect(v2.json().currentVersion).toBe(2);
    const oldFile = v2.json().versions.find((v: { number: number }) => v.number === 1).files[0].id;
    const response = await get(w.teacher.client, `/api/materials/${m.id}/files/${oldFile}/content`);
    expect(response.statusCode).toBe(200);
  });
});

describe('HTML5 simulations', () => {
  it('serves a package’s files in a sandbox through a capability URL, and nothing outside it', async () => {
    const zip = await zipOf({
      'index.html': '<h1>Thí nghiệm ảo</h1><script src="js/app.js"></script>',
      'js/app.js': 'run()',
    });
    const m = await publishMaterial(w.teacher.client, 'Thí nghiệm ảo', zip);
    const file = m.versions[0].files[0];
    expect(file).toMatchObject({ category: 'html5-package', preview: 'html5' });
    expect(file.packageUrl).toMatch(/^\/api\/packages\/[^/]+\/index\.html$/);
    // No cookie at all: the sandboxed frame's requests come from an opaque origin.
    const page = await t.app.inject({ method: 'GET', url: file.packageUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Thí nghiệm ảo');
    expect(page.headers['content-security-policy']).toMatch(/^sandbox allow-scripts/);
    expect(page.headers['content-security-policy']).not.toContain('allow-same-origin');
    const base = file.packageUrl.replace(/index\.html$/, '');
    const script = await t.app.inject({ method: 'GET', url: `${base}js/app.js` });
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await t.app.inject({ method: 'GET', url: `${base}js/../../secret` })).statusCode).toBe(404);
    const forged = base.replace(/\.[^./]+\/$/, '.AAAA/');
    expect((await t.app.inject({ method: 'GET', url: `${forged}index.html` })).statusCode).toBe(404);
    // Someone who may not see the material never gets the address.
    expect((await get(w.otherTeacher.client, `/api/materials/${m.id}`)).statusCode).toBe(403);
    // The capability expires.
    t.clock.now = new Date(Date.now() + 7 * 60 * 60 * 1000);
    expect((await t.app.inject({ method: 'GET', url: file.packageUrl })).statusCode).toBe(404);
    t.clock.now = new Date();
  });
});

describe('online lessons', () => {
  it('lets a teacher of the class and subject assign a material, which the class then sees', async () => {
    await teachToan(t, w);
    const m = await publishMaterial(w.teacher.client, 'Bài học trực tuyến');
    const lesson = { classId: w.schoolClass.id, subjectCode: 'toan', date: '2026-11-20', periods: 2 };
    const refused = await w.otherTeacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/online-lessons`,
      payload: lesson,
    });
    expect(refused.statusCode).toBe(403);
    const assigned = await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/online-lessons`,
      payload: lesson,
    });
    expect(assigned.json()).toMatchObject({ periods: 2, source: 'material', date: '2026-11-20' });
    expect((await get(w.student.client, `/api/materials/${m.id}`)).statusCode).toBe(200);
    const wrongSubject = await w.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/online-lessons`,
      payload: { ...lesson, subjectCode: 'ngu-van' },
    });
    expect(wrongSubject.json().error.code).toBe('CLASS_NOT_TAUGHT');
  });
});
