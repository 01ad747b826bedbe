import { seed } from '@hoclieu/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDeliveryRecords } from '../src/demo/delivery-records.js';
import { seedDemoExam } from '../src/demo/exams.js';
import { seedDemoMaterials } from '../src/demo/materials.js';
import { seedDemoQuestions } from '../src/demo/questions.js';
import { PROCESS_UPLOAD } from '../src/modules/materials/processing.js';
import { createTestApp, signIn, type TestApp, testPasswordHash } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const hash = await testPasswordHash();
  await seed(t.db, { demo: true, demoPasswordHash: async () => hash });
  await seedDemoMaterials({
    db: t.db,
    storage: t.storage,
    onChange: t.app.searchOutbox.kick,
    enqueueProcessing: (uploadId) => t.jobs.send(PROCESS_UPLOAD, { uploadId }),
  });
  await seedDemoQuestions({ db: t.db, onChange: t.app.searchOutbox.kick });
  await seedDemoExam({ db: t.db, clock: () => new Date() });
  await t.app.searchOutbox.drain();
});
afterAll(() => t.close());

const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title).sort();

describe('demo materials', () => {
  it('go through the real sharing workflow to their scopes', async () => {
    const featured = await t.db.material.findFirstOrThrow({ where: { featured: true } });
    expect(featured).toMatchObject({ title: 'Phân số và số thập phân – Toán 6', scope: 'province' });
    expect(await t.db.shareDecision.count({ where: { materialId: featured.id, action: 'approved' } })).toBe(
      3,
    );
  });

  it('are found without diacritics, each by the right viewers', async () => {
    const student = await signIn(t.app, 'hocsinh');
    const found = (await student.request({ method: 'GET', url: '/api/materials?q=phan so' })).json();
    expect(titles(found)).toEqual(['Phân số và số thập phân – Toán 6']);
    const farTeacher = await signIn(t.app, 'gv.thcs-quanghop.1');
    const far = (await farTeacher.request({ method: 'GET', url: '/api/materials' })).json();
    expect(titles(far)).toEqual(['Phân số và số thập phân – Toán 6', 'Địa lí địa phương Quảng Bình'].sort());
    const author = await signIn(t.app, 'giaovien');
    const mine = (await author.request({ method: 'GET', url: '/api/materials?mine=true' })).json();
    expect(mine.total).toBe(3);
  });
});

describe('demo questions', () => {
  it('fill the bank through the review workflow, each seen by the right viewers', async () => {
    const teacher = await signIn(t.app, 'giaovien');
    const mine = (await teacher.request({ method: 'GET', url: '/api/questions?mine=true' })).json();
    expect(mine.total).toBe(6);
    expect(mine.facets.status).toEqual({ approved: 3, submitted: 1, draft: 2 });
    // The district-approved group question of another school is in giaovien's bank.
    const all = (await teacher.request({ method: 'GET', url: '/api/questions?q=hoc sinh gioi' })).json();
    expect(all.items.map((i: { type: string }) => i.type)).toEqual(['group']);
    const principal = await signIn(t.app, 'hieutruong');
    const queue = (await principal.request({ method: 'GET', url: '/api/reviews/questions' })).json();
    expect(queue.items).toHaveLength(1);
    const far = await signIn(t.app, 'gv.thcs-quanghop.1');
    expect((await far.request({ method: 'GET', url: '/api/questions' })).json().total).toBe(0);
  });
});

describe('demo exam', () => {
  it('is assigned to 6A, and the demo student can start it', async () => {
    const student = await signIn(t.app, 'hocsinh');
    const list = (await student.request({ method: 'GET', url: '/api/assignments' })).json();
    expect(list.items.map((a: { title: string }) => a.title)).toEqual(['Kiểm tra 15 phút – Toán (demo)']);
    const started = await student.request({
      method: 'POST',
      url: `/api/assignments/${list.items[0].id}/attempts`,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().questions.length).toBe(4);
  });
});

describe('demo online-delivery records', () => {
  it('give the district report a spread of schools, seeded once', async () => {
    await seedDemoDeliveryRecords({ db: t.db, clock: () => new Date('2026-12-20T00:00:00Z') });
    const count = await t.db.onlineLesson.count({ where: { note: 'demo' } });
    await seedDemoDeliveryRecords({ db: t.db, clock: () => new Date('2026-12-20T00:00:00Z') });
    expect(await t.db.onlineLesson.count({ where: { note: 'demo' } })).toBe(count);
    const officer = await signIn(t.app, 'phong.tuyenhoa');
    const report = (
      await officer.request({
        method: 'GET',
        url: '/api/reports/online-share?schoolYear=2026-2027&asOf=2026-12-20',
      })
    ).json();
    const statuses = new Set(report.rows.map((r: { figure: { status: string } }) => r.figure.status));
    expect(report.rows).toHaveLength(10);
    expect(statuses.has('below')).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
  });
});
