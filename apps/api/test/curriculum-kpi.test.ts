import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { get, type World } from './world.js';

const { t, w } = await fileWorld('install');

describe('curriculum', () => {
  it('gives everyone the periods per year of GDPT 2018', async () => {
    const body = (await get(w.student.client, '/api/curriculum/periods?grade=6')).json();
    const maths = body.items.find((p: { subjectCode: string }) => p.subjectCode === 'toan');
    expect(maths).toMatchObject({
      subjectName: 'Toán',
      periodsPerYear: 140,
      kind: 'compulsory',
      level: 'lower_secondary',
    });
    const compulsory = body.items.filter((p: { kind: string }) => p.kind === 'compulsory');
    expect(compulsory.reduce((sum: number, p: { periodsPerYear: number }) => sum + p.periodsPerYear, 0)).toBe(
      1015,
    );
  });

  it('lets province officers extend the topic tree, with an audit entry', async () => {
    const chapter = await w.provinceOfficer.client.request({
      method: 'POST',
      url: '/api/curriculum/topics',
      payload: { subjectCode: 'ngu-van', grade: 7, title: 'Bài 1. Bầu trời tuổi thơ' },
    });
    expect(chapter.statusCode).toBe(200);
    expect(chapter.json()).toMatchObject({ kind: 'chapter', position: 0, parentId: null });
    const lesson = await w.provinceOfficer.client.request({
      method: 'POST',
      url: '/api/curriculum/topics',
      payload: {
        subjectCode: 'ngu-van',
        grade: 7,
        parentId: chapter.json().id,
        title: 'Đọc: Bầy chim chìa vôi',
      },
    });
    expect(lesson.json()).toMatchObject({ kind: 'lesson', parentId: chapter.json().id });
    const tree = (await get(w.teacher.client, '/api/curriculum/topics?subjectCode=ngu-van&grade=7')).json();
    expect(tree.items).toHaveLength(1);
    expect(tree.items[0].children.map((c: { title: string }) => c.title)).toEqual(['Đọc: Bầy chim chìa vôi']);
    expect(await t.db.auditEntry.count({ where: { action: 'topic.create' } })).toBe(2);

    const nested = await w.provinceOfficer.client.request({
      method: 'POST',
      url: '/api/curriculum/topics',
      payload: { subjectCode: 'ngu-van', grade: 7, parentId: lesson.json().id, title: 'x' },
    });
    expect(nested.json().error.code).toBe('TOPIC_PARENT_INVALID');
  });

  it('keeps the tree read-only for schools and districts', async () => {
    for (const who of [w.teacher, w.schoolAdmin, w.districtOfficer]) {
      const response = await who.client.request({
        method: 'POST',
        url: '/api/curriculum/topics',
        payload: { subjectCode: 'toan', grade: 6, title: 'Chương X' },
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('refuses an unknown subject', async () => {
    const response = await w.systemAdmin.client.request({
      method: 'POST',
      url: '/api/curriculum/topics',
      payload: { subjectCode: 'khong-co', grade: 6, title: 'Chương I' },
    });
    expect(response.json().error.code).toBe('SUBJECT_NOT_FOUND');
  });
});

describe('KPI targets', () => {
  it('shows the plan’s targets to staff but not to students', async () => {
    const body = (await get(w.districtOfficer.client, '/api/kpi-targets')).json();
    const primary2024 = body.items.find(
      (k: { kpi: string; scope: string; year: number }) =>
        k.kpi === 'online_program_share' && k.scope === 'primary' && k.year === 2024,
    );
    expect(primary2024.targetPercent).toBe(4);
    expect((await get(w.student.client, '/api/kpi-targets')).statusCode).toBe(403);
  });

  it('lets only province officers edit a target, and audits the change', async () => {
    const target = (await get(w.provinceOfficer.client, '/api/kpi-targets')).json().items[0];
    const patch = (client: World['teacher']['client'], targetPercent: number) =>
      client.request({ method: 'PATCH', url: `/api/kpi-targets/${target.id}`, payload: { targetPercent } });
    expect((await patch(w.districtOfficer.client, 9)).statusCode).toBe(403);
    expect((await patch(w.provinceOfficer.client, 150)).json().error.code).toBe('KPI_TARGET_OUT_OF_RANGE');
    const updated = await patch(w.provinceOfficer.client, 12.5);
    expect(updated.json().targetPercent).toBe(12.5);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { action: 'kpi_target.update', resourceId: target.id },
    });
    expect(audit.details).toMatchObject({ from: target.targetPercent, to: 12.5 });
    expect(audit.actorId).toBe(w.provinceOfficer.user.id);
  });
});
