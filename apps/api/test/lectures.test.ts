import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import type { Client } from './helpers.js';
import { publishMaterial, uploadFile } from './material-files.js';
import { brokenScormZips, scorm12Zip, scorm2004Zip } from './scorm-packages.js';
import { enrolledStudent, get, teachToan } from './world.js';

const { t, w } = await fileWorld();
await teachToan(t, w);
const classmate = (await enrolledStudent(t, w.schoolClass)).client;
const outsider = (await enrolledStudent(t, w.otherClass)).client;

async function publishLecture(title: string, zip: Buffer) {
  const created = await w.teacher.client.request({
    method: 'POST',
    url: '/api/materials',
    payload: { title, type: 'lecture', licence: 'cc_by', grade: 6 },
  });
  expect(created.statusCode).toBe(200);
  const upload = await uploadFile(w.teacher.client, `${title}.zip`, zip);
  expect(upload.statusCode).toBe(200);
  const version = await w.teacher.client.request({
    method: 'POST',
    url: `/api/materials/${created.json().id}/versions`,
    payload: { uploadIds: [upload.json().id] },
  });
  expect(version.statusCode).toBe(200);
  return version.json();
}

async function assign(materialId: string) {
  const response = await w.teacher.client.request({
    method: 'POST',
    url: `/api/materials/${materialId}/online-lessons`,
    payload: { classId: w.schoolClass.id, subjectCode: 'toan', date: '2026-11-20', periods: 1 },
  });
  expect(response.statusCode).toBe(200);
}

const commit = (client: Client, materialId: string, body: Record<string, unknown>) =>
  client.request({ method: 'PUT', url: `/api/materials/${materialId}/lecture`, payload: body });

const session = '5b0f3d3e-4c55-4f39-9d1c-0a3f1f6b2c11';
const commit12 = {
  sessionId: session,
  version: '1.2',
  completionStatus: 'incomplete',
  successStatus: 'unknown',
  lessonStatus: 'incomplete',
  score: { raw: null, min: null, max: null, scaled: null },
  sessionSeconds: 60,
  location: 'trang-2',
  suspendData: 'trang=2;da-xem=1,2',
  exit: 'suspend',
  finished: false,
};

describe('recognising SCORM packages', () => {
  it('reads a 1.2 manifest: version, organisation, the first SCO’s launch file, mastery score', async () => {
    const m = await publishLecture('Phân số lớp 6', await scorm12Zip());
    const file = m.versions[0].files[0];
    expect(file).toMatchObject({
      category: 'html5-package',
      preview: 'html5',
      scorm: { version: '1.2', title: 'Phân số lớp 6', masteryScore: 80 },
    });
    expect(file.packageUrl).toMatch(/\/lesson\/start\.html$/);
    const stored = await t.db.materialFile.findUniqueOrThrow({
      where: { id: file.id },
      include: { upload: true },
    });
    expect(stored.upload.scorm).toMatchObject({
      schemaVersion: '1.2',
      organizations: [{ identifier: 'org-phan-so', title: 'Phân số lớp 6' }],
      launch: 'lesson/start.html',
    });
    // The launch page carries the runtime client, first in its head, and is never cached.
    const page = await t.app.inject({ method: 'GET', url: file.packageUrl });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body.indexOf('CrossFrameAPI')).toBeLessThan(page.body.indexOf('function findAPI'));
    expect(page.body).toContain("seed.kind !== 'hoclieu-lecture'");
    expect(page.headers['content-security-policy']).not.toContain('allow-same-origin');
    // Other files of the package are served as they are.
    const css = await t.app.inject({
      method: 'GET',
      url: file.packageUrl.replace('lesson/start.html', 'shared/style.css'),
    });
    expect(css.body).toBe('body { font-family: sans-serif; }');
  });

  it('reads a 2004 manifest zipped in a top folder, with xml:base and a measure-based mastery', async () => {
    const m = await publishLecture('Quang hợp', await scorm2004Zip());
    const file = m.versions[0].files[0];
    expect(file.scorm).toEqual({ version: '2004', title: 'Quang hợp ở thực vật', masteryScore: 70 });
    expect(file.packageUrl).toMatch(/\/quang-hop\/content\/index_lms\.html$/);
  });

  it('refuses a broken manifest with a clear code and reason', async () => {
    for (const [name, build] of Object.entries(brokenScormZips)) {
      const response = await uploadFile(w.teacher.client, `${name}.zip`, await build());
      expect(response.statusCode, name).toBe(422);
      expect(response.json().error.code, name).toBe('SCORM_MANIFEST_INVALID');
      expect(response.json().error.issues[0].message, name).toMatch(/imsmanifest|SCORM/);
    }
  });
});

describe('tracking and resuming', () => {
  it('stores a student’s commits and gives them back on the next visit; time adds up by session', async () => {
    const m = await publishLecture('Phân số - theo dõi', await scorm12Zip());
    await assign(m.id);
    const first = await get(w.student.client, `/api/materials/${m.id}/lecture`);
    expect(first.json()).toMatchObject({ tracking: true, version: '1.2', masteryScore: 80, state: null });
    expect(first.json().learner.id).toBe(w.student.user.id);

    expect((await commit(w.student.client, m.id, commit12)).json()).toMatchObject({ status: 'in_progress' });
    // Commits within one session repeat its time; the next session starts from the total.
    await commit(w.student.client, m.id, { ...commit12, sessionSeconds: 90 });
    const finished = await commit(w.student.client, m.id, {
      ...commit12,
      sessionId: 'a1f0c2d4-1111-4222-8333-944455556666',
      completionStatus: 'completed',
      successStatus: 'passed',
      lessonStatus: 'passed',
      score: { raw: 90, min: 0, max: 100, scaled: null },
      sessionSeconds: 30,
      exit: '',
      finished: true,
    });
    expect(finished.json()).toMatchObject({ status: 'passed', totalSeconds: 120 });

    const resumed = (await get(w.student.client, `/api/materials/${m.id}/lecture`)).json();
    expect(resumed.state).toMatchObject({
      lessonStatus: 'passed',
      location: 'trang-2',
      suspendData: 'trang=2;da-xem=1,2',
      score: { raw: 90, min: 0, max: 100 },
      totalSeconds: 120,
    });
    const audit = await t.db.auditEntry.findMany({ where: { action: 'lecture.progress', resourceId: m.id } });
    expect(audit.map((a) => (a.details as { status: string }).status)).toEqual(['in_progress', 'passed']);

    // The teacher sees completion and score per student; the student sees the lecture in their list.
    const progress = (await get(w.teacher.client, `/api/classes/${w.schoolClass.id}/lectures`)).json();
    const lecture = progress.lectures.find((l: { materialId: string }) => l.materialId === m.id);
    expect(lecture.students).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ studentId: w.student.user.id, status: 'passed', scoreRaw: 90 }),
        expect.objectContaining({ status: 'not_started', scoreRaw: null }),
      ]),
    );
    const mine = (await get(w.student.client, '/api/me/lectures')).json();
    expect(mine.lectures).toContainEqual(
      expect.objectContaining({ materialId: m.id, status: 'passed', className: '6A', date: '2026-11-20' }),
    );
  });

  it('bounds what is committed by the version’s data model', async () => {
    const m = await publishLecture('Quang hợp - giới hạn', await scorm2004Zip());
    await assign(m.id);
    const base = { ...commit12, version: '2004', lessonStatus: null, exit: 'suspend' };
    expect(
      (await commit(w.student.client, m.id, { ...base, suspendData: 'x'.repeat(64_000) })).statusCode,
    ).toBe(200);
    expect(
      (await commit(w.student.client, m.id, { ...base, suspendData: 'x'.repeat(64_001) })).statusCode,
    ).toBe(400);
    const m12 = await publishLecture('Phân số - giới hạn', await scorm12Zip());
    await assign(m12.id);
    expect(
      (await commit(w.student.client, m12.id, { ...commit12, suspendData: 'x'.repeat(4097) })).statusCode,
    ).toBe(400);
    expect(
      (await commit(w.student.client, m12.id, { ...commit12, score: { raw: 'nhiều' } })).statusCode,
    ).toBe(400);
    // A commit of the other version than the package's is refused.
    expect((await commit(w.student.client, m12.id, base)).statusCode).toBe(400);
  });
});

describe('who may play and write', () => {
  it('lets staff preview without tracking, keeps each student to their own, refuses outsiders', async () => {
    const m = await publishLecture('Phân số - quyền', await scorm12Zip());
    await assign(m.id);
    const preview = await get(w.teacher.client, `/api/materials/${m.id}/lecture`);
    expect(preview.json()).toMatchObject({ tracking: false, state: null });
    expect((await commit(w.teacher.client, m.id, commit12)).statusCode).toBe(403);

    await commit(w.student.client, m.id, commit12);
    // A classmate's commit writes their own row, never the first student's.
    await commit(classmate, m.id, { ...commit12, suspendData: 'cua-ban' });
    expect((await get(w.student.client, `/api/materials/${m.id}/lecture`)).json().state.suspendData).toBe(
      'trang=2;da-xem=1,2',
    );
    // A student of another school's class does not see the material: no play, no write.
    expect((await get(outsider, `/api/materials/${m.id}/lecture`)).statusCode).toBe(403);
    expect((await commit(outsider, m.id, commit12)).statusCode).toBe(403);
    expect(await t.db.lectureProgress.count({ where: { materialId: m.id } })).toBe(2);

    // Class progress: the class's teacher and school admin, not another school's teacher or a student.
    const url = `/api/classes/${w.schoolClass.id}/lectures`;
    expect((await get(w.schoolAdmin.client, url)).statusCode).toBe(200);
    expect((await get(w.otherTeacher.client, url)).statusCode).toBe(403);
    expect((await get(w.otherSchoolAdmin.client, url)).statusCode).toBe(403);
    expect((await get(w.student.client, url)).statusCode).toBe(403);
    // An ordinary file is no lecture.
    const pdf = await publishMaterial(w.teacher.client, 'Phân số - tài liệu');
    const notLecture = await get(w.teacher.client, `/api/materials/${pdf.id}/lecture`);
    expect(notLecture.json().error.code).toBe('LECTURE_NOT_SCORM');
  });
});
