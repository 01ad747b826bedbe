import { readFile } from 'node:fs/promises';
import { makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp, testPasswordHash } from '../test/helpers.js';
import { pdfWith, publishMaterial, uploadFile } from '../test/material-files.js';
import { choiceQuestion, createQuestion, post } from '../test/question-fixtures.js';
import { buildWorld, get, type World } from '../test/world.js';

/**
 * Approval covers what others see: a material or question approved for the district must not change
 * for every school of the district when its author uploads a new version or edits its title; they
 * keep the approved version until the change is approved again. Nobody decides their own sharing
 * request.
 */
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  await t.db.subject.upsert({ where: { code: 'toan' }, create: { code: 'toan', name: 'Toán' }, update: {} });
});
afterAll(() => t.close());

type Client = World['teacher']['client'];
const patch = (client: Client, url: string, payload: object) =>
  client.request({ method: 'PATCH', url, payload });
const ok = async (response: ReturnType<Client['request']>) => {
  const r = await response;
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const searchMaterials = async (client: Client, q: string) => {
  await t.app.searchOutbox.drain();
  return (await ok(get(client, `/api/materials?q=${encodeURIComponent(q)}`))).items as {
    id: string;
    title: string;
  }[];
};
const searchQuestions = async (client: Client, q: string) => {
  await t.app.searchOutbox.drain();
  return (await ok(get(client, `/api/questions?q=${encodeURIComponent(q)}`))).items as {
    id: string;
    stem: string;
  }[];
};

/** Shares a material of the teacher's up to the district, each step by its own reviewer. */
async function districtMaterial(title: string) {
  const m = await publishMaterial(w.teacher.client, title, pdfWith('phien ban mot'));
  const url = `/api/materials/${m.id}`;
  await ok(post(w.teacher.client, `${url}/share-requests`, { scope: 'school' }));
  await ok(post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' }));
  await ok(post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'district' }));
  await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));
  return { id: m.id as string, url, v1FileId: m.versions[0].files[0].id as string };
}

describe('approval covers what others see: materials', () => {
  it('keeps v1, its title and description for other schools until the district approves the change', async () => {
    const m = await districtMaterial('Hình học phẳng bản duyệt');
    await ok(patch(w.teacher.client, m.url, { description: 'Mô tả đã duyệt' }));
    // That edit itself waits for the district: approve it so the baseline is an approved description.
    await ok(post(w.districtOfficer.client, `${m.url}/decisions`, { decision: 'approve' }));

    const upload = await uploadFile(w.teacher.client, 'v2.pdf', pdfWith('phien ban hai'));
    const v2 = await ok(post(w.teacher.client, `${m.url}/versions`, { uploadIds: [upload.json().id] }));
    const v2FileId = v2.versions[0].files[0].id as string;
    await ok(patch(w.teacher.client, m.url, { title: 'Nội dung tráo sau duyệt', description: 'Mô tả mới' }));

    // Another school of the district: the approved version, title, description and file only.
    const seen = await ok(get(w.otherTeacher.client, m.url));
    expect(seen).toMatchObject({
      title: 'Hình học phẳng bản duyệt',
      description: 'Mô tả đã duyệt',
      currentVersion: 1,
      approval: null,
    });
    expect(seen.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    const pendingFile = await get(w.otherTeacher.client, `${m.url}/files/${v2FileId}/content?download=1`);
    expect(pendingFile.statusCode).toBe(403);
    expect((await get(w.otherTeacher.client, `${m.url}/files/${m.v1FileId}/content`)).statusCode).toBe(200);
    const found = await searchMaterials(w.otherTeacher.client, 'hinh hoc phang ban duyet');
    expect(found.find((i) => i.id === m.id)?.title).toBe('Hình học phẳng bản duyệt');
    expect((await searchMaterials(w.otherTeacher.client, 'noi dung trao')).map((i) => i.id)).not.toContain(
      m.id,
    );

    // The author sees the pending change, marked, and it waits at the same scope by itself.
    const mine = await ok(get(w.teacher.client, m.url));
    expect(mine).toMatchObject({
      title: 'Nội dung tráo sau duyệt',
      currentVersion: 2,
      requestedScope: 'district',
    });
    expect(mine.approval).toMatchObject({ approvedVersion: 1, approvedTitle: 'Hình học phẳng bản duyệt' });
    expect(mine.approval.pendingChanges.sort()).toEqual(['description', 'title', 'version']);

    // The district officer reviews the pending version and approves it: now everyone sees it.
    const queue = await ok(get(w.districtOfficer.client, '/api/reviews/materials'));
    expect(queue.items.find((i: { id: string }) => i.id === m.id)?.title).toBe('Nội dung tráo sau duyệt');
    await ok(post(w.districtOfficer.client, `${m.url}/decisions`, { decision: 'approve' }));
    expect(await ok(get(w.otherTeacher.client, m.url))).toMatchObject({
      title: 'Nội dung tráo sau duyệt',
      description: 'Mô tả mới',
      currentVersion: 2,
    });
    expect((await get(w.otherTeacher.client, `${m.url}/files/${v2FileId}/content`)).statusCode).toBe(200);
    const after = await searchMaterials(w.otherTeacher.client, 'noi dung trao');
    expect(after.find((i) => i.id === m.id)?.title).toBe('Nội dung tráo sau duyệt');
  });

  it('keeps the approved version after a rejected change, and lets the author ask again', async () => {
    const m = await districtMaterial('Tam giác đồng dạng');
    await ok(patch(w.teacher.client, m.url, { title: 'Tam giác sửa lại' }));
    await ok(
      post(w.districtOfficer.client, `${m.url}/decisions`, { decision: 'reject', reason: 'Chưa đạt' }),
    );
    expect((await ok(get(w.otherTeacher.client, m.url))).title).toBe('Tam giác đồng dạng');
    const again = await ok(post(w.teacher.client, `${m.url}/share-requests`, { scope: 'district' }));
    expect(again.requestedScope).toBe('district');
    // Asking for the same scope without a pending change stays refused.
    await ok(post(w.districtOfficer.client, `${m.url}/decisions`, { decision: 'approve' }));
    const none = await post(w.teacher.client, `${m.url}/share-requests`, { scope: 'district' });
    expect(none.statusCode).toBe(422);
  });
});

describe('approval covers what others see: lessons given to classes', () => {
  it('gives another teacher’s class the approved version, the author’s own class the new one', async () => {
    const otherStudent = await makeUser(t.db, 'student', {
      schoolId: w.sameDistrictSchool.id,
      passwordHash: await testPasswordHash(),
    });
    await t.db.enrollment.create({ data: { studentId: otherStudent.id, classId: w.otherClass.id } });
    await t.db.teachingAssignment.createMany({
      data: [
        { teacherId: w.teacher.user.id, classId: w.schoolClass.id, subjectCode: 'toan' },
        { teacherId: w.otherTeacher.user.id, classId: w.otherClass.id, subjectCode: 'toan' },
      ],
    });
    const m = await districtMaterial('Phân số bản duyệt');
    const lesson = { subjectCode: 'toan', date: '2026-11-20', periods: 1 };
    await ok(post(w.teacher.client, `${m.url}/online-lessons`, { ...lesson, classId: w.schoolClass.id }));
    await ok(post(w.otherTeacher.client, `${m.url}/online-lessons`, { ...lesson, classId: w.otherClass.id }));
    await ok(patch(w.teacher.client, m.url, { title: 'Phân số bản sửa' }));

    const otherClient = await signIn(t.app, otherStudent.username);
    expect((await ok(get(otherClient, m.url))).title).toBe('Phân số bản duyệt');
    expect((await ok(get(w.student.client, m.url))).title).toBe('Phân số bản sửa');
  });
});

describe('approval covers what others see: questions', () => {
  it('keeps the approved version for other schools, their searches and their exams', async () => {
    const q = await createQuestion(
      w.teacher.client,
      choiceQuestion('Hàm số bậc nhất đồng biến khi nào', { subjectCode: 'toan', grade: 6 }),
    );
    const url = `/api/questions/${q.id}`;
    await ok(post(w.teacher.client, `${url}/share-requests`, { scope: 'school' }));
    await ok(post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' }));
    await ok(post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'district' }));
    await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));

    const edited = choiceQuestion('Câu hỏi bị tráo sau khi duyệt', { subjectCode: 'toan', grade: 6 });
    const mine = await ok(w.teacher.client.request({ method: 'PUT', url, payload: edited }));
    expect(mine).toMatchObject({ currentVersion: 2, requestedScope: 'district' });
    expect(mine.approval).toMatchObject({ approvedVersion: 1, pendingChanges: ['version'] });

    const seen = await ok(get(w.otherTeacher.client, url));
    expect(seen.content.stem).toContain('Hàm số bậc nhất');
    expect(seen).toMatchObject({ currentVersion: 1, approval: null });
    expect((await get(w.otherTeacher.client, `${url}/versions/2`)).statusCode).toBe(404);
    const found = await searchQuestions(w.otherTeacher.client, 'ham so bac nhat');
    expect(found.find((i) => i.id === q.id)?.stem).toContain('Hàm số bậc nhất');
    expect((await searchQuestions(w.otherTeacher.client, 'bi trao')).map((i) => i.id)).not.toContain(q.id);

    // A test built by another school pins the approved version, not the pending one.
    const exam = await ok(
      post(w.otherTeacher.client, '/api/exams', {
        title: 'Kiểm tra 15 phút',
        subjectCode: 'toan',
        grade: 6,
        items: [{ questionId: q.id }],
      }),
    );
    expect(exam.items[0].version).toBe(1);

    await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));
    const approved = await ok(get(w.otherTeacher.client, url));
    expect(approved.content.stem).toContain('bị tráo');
    expect(approved.currentVersion).toBe(2);
  });
});

describe('nobody decides their own sharing request', () => {
  it('refuses a school admin approving their own material; the district office decides it', async () => {
    const m = await publishMaterial(w.schoolAdmin.client, 'Tài liệu của hiệu trưởng');
    const url = `/api/materials/${m.id}`;
    await ok(post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'school' }));
    const detail = await ok(get(w.schoolAdmin.client, url));
    expect(detail.permissions).toMatchObject({ review: false, reviewBlocked: 'own_request' });
    const own = await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('SHARE_OWN_DECISION');
    expect(
      (await post(w.otherSchoolAdmin.client, `${url}/decisions`, { decision: 'approve' })).statusCode,
    ).toBe(403);
    const ownQueue = await ok(get(w.schoolAdmin.client, '/api/reviews/materials'));
    expect(ownQueue.items.map((i: { id: string }) => i.id)).not.toContain(m.id);
    const queue = await ok(get(w.districtOfficer.client, '/api/reviews/materials'));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(m.id);
    expect((await ok(get(w.districtOfficer.client, url))).permissions.review).toBe(true);
    const approved = await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));
    expect(approved.scope).toBe('school');
  });

  it('refuses a school admin approving their own question, and a reviewer deciding what they asked for', async () => {
    const q = await createQuestion(w.schoolAdmin.client, choiceQuestion('Câu hỏi của hiệu trưởng'));
    const url = `/api/questions/${q.id}`;
    await ok(post(w.schoolAdmin.client, `${url}/share-requests`, { scope: 'school' }));
    expect((await ok(get(w.schoolAdmin.client, url))).permissions.reviewBlocked).toBe('own_request');
    const own = await post(w.schoolAdmin.client, `${url}/decisions`, { decision: 'approve' });
    expect(own.json().error.code).toBe('SHARE_OWN_DECISION');
    await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));

    // A system admin reviews every level, but not a request they made themselves.
    await ok(post(w.systemAdmin.client, `${url}/share-requests`, { scope: 'district' }));
    const asked = await post(w.systemAdmin.client, `${url}/decisions`, { decision: 'approve' });
    expect(asked.json().error.code).toBe('SHARE_OWN_DECISION');
    await ok(post(w.districtOfficer.client, `${url}/decisions`, { decision: 'approve' }));
  });
});

describe('the approved_versions migration', () => {
  it('records what is shared today as approved, and leaves private items without approval', async () => {
    const shared = await districtMaterial('Đã chia sẻ trước khi nâng cấp');
    const q = await createQuestion(w.teacher.client, choiceQuestion('Câu hỏi chia sẻ trước khi nâng cấp'));
    await ok(post(w.teacher.client, `/api/questions/${q.id}/share-requests`, { scope: 'school' }));
    await ok(post(w.schoolAdmin.client, `/api/questions/${q.id}/decisions`, { decision: 'approve' }));
    const draft = await publishMaterial(w.teacher.client, 'Riêng tư trước khi nâng cấp');
    // As the rows stood before the migration: no approval recorded.
    await t.db.material.updateMany({
      data: { approvedVersion: null, approvedTitle: null, approvedDescription: null },
    });
    await t.db.question.updateMany({ data: { approvedVersion: null } });
    const sql = await readFile(
      new URL(
        '../../../packages/db/prisma/migrations/20261206032525_approved_versions/migration.sql',
        import.meta.url,
      ),
      'utf8',
    );
    const backfill = sql.slice(sql.indexOf('-- Backfill'));
    for (const statement of backfill.split(/;\s*\n/).filter((s) => s.replace(/--.*$/gm, '').trim())) {
      await t.db.$executeRawUnsafe(statement);
    }
    expect(await t.db.material.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({
      approvedVersion: 1,
      approvedTitle: 'Đã chia sẻ trước khi nâng cấp',
      approvedDescription: '',
    });
    expect((await t.db.material.findUniqueOrThrow({ where: { id: draft.id } })).approvedVersion).toBeNull();
    expect((await t.db.question.findUniqueOrThrow({ where: { id: q.id } })).approvedVersion).toBe(1);
  });
});
