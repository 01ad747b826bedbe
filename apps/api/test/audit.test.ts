import type { AuditEntryView } from '@hoclieu/contracts';
import { makeSchool, makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/modules/audit/record.js';
import { createAssessmentWorld, type View } from './assessment-world.js';
import { type Client, signIn, type TestApp, testPasswordHash } from './helpers.js';
import { publishMaterial } from './material-files.js';
import { post } from './question-fixtures.js';
import type { World } from './world.js';

/**
 * The audit log: approvals, grade changes and target changes are recorded by the real routes, and
 * each admin reads exactly the entries of their own unit and below.
 */
let t: TestApp;
let w: World;
let otherDistrictAdmin: Client;
let districtBOfficer: Client;

interface Page {
  items: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

async function read(client: Client, query = ''): Promise<Page> {
  const response = await client.request({ method: 'GET', url: `/api/audit${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const actions = (page: Page) => [...new Set(page.items.map((i) => i.action))].sort();

beforeAll(async () => {
  const world = await createAssessmentWorld();
  ({ t, w } = world);

  // Grade changes: an essay graded by hand, then a key corrected (every attempt regraded).
  const exam = await world.examWithVersion('audit');
  const assignment = await world.assign(exam.id);
  const view: View = (await post(w.student.client, `/api/assignments/${assignment.id}/attempts`)).json();
  await post(w.student.client, `/api/attempts/${view.id}/submit`);
  const essay = view.questions.find((q) => q.type === 'essay')?.key;
  const graded = await post(w.teacher.client, `/api/attempts/${view.id}/items/${essay}/grade`, {
    score: 1,
    comment: 'Đúng ý chính',
  });
  expect(graded.statusCode, graded.body).toBe(200);
  const choice = exam.items.find((_, i) => i === 0)?.key;
  const fixed = await post(w.teacher.client, `/api/exams/${exam.id}/items/${choice}/key`, {
    options: ['B'],
    reason: 'Nhập nhầm đáp án',
  });
  expect(fixed.statusCode, fixed.body).toBe(200);

  // Approvals of materials in two schools of district A: one approved, one rejected.
  const approved = await publishMaterial(w.teacher.client, 'Hình học trực quan');
  await post(w.teacher.client, `/api/materials/${approved.id}/share-requests`, { scope: 'school' });
  const approval = await post(w.schoolAdmin.client, `/api/materials/${approved.id}/decisions`, {
    decision: 'approve',
  });
  expect(approval.statusCode, approval.body).toBe(200);
  const rejected = await publishMaterial(w.otherTeacher.client, 'Phân số');
  await post(w.otherTeacher.client, `/api/materials/${rejected.id}/share-requests`, { scope: 'school' });
  const rejection = await post(w.otherSchoolAdmin.client, `/api/materials/${rejected.id}/decisions`, {
    decision: 'reject',
    reason: 'Thiếu nguồn',
  });
  expect(rejection.statusCode, rejection.body).toBe(200);

  // A KPI target changed by the province officer.
  const target = await t.db.kpiTarget.create({
    data: {
      kpi: 'online_program_share',
      scope: 'audit-test',
      year: 2030,
      targetPercent: 20,
      sourceDocument: 'KH kiểm thử',
      sourceText: 'Chỉ tiêu kiểm thử',
    },
  });
  const changed = await w.provinceOfficer.client.request({
    method: 'PATCH',
    url: `/api/kpi-targets/${target.id}`,
    payload: { targetPercent: 25 },
  });
  expect(changed.statusCode, changed.body).toBe(200);

  // Entries of units the readers above must not see: another district, another province.
  const passwordHash = await testPasswordHash();
  const otherDistrictAdminUser = await makeUser(t.db, 'school_admin', {
    passwordHash,
    schoolId: w.otherDistrictSchool.id,
  });
  otherDistrictAdmin = await signIn(t.app, otherDistrictAdminUser.username);
  const officerB = await makeUser(t.db, 'district_officer', { passwordHash, districtId: w.districtB.id });
  districtBOfficer = await signIn(t.app, officerB.username);
  const unitOf = (schoolId: string, districtId: string, provinceId: string) => ({
    provinceId,
    districtId,
    schoolId,
  });
  await recordAudit(t.db, {
    actor: {
      userId: otherDistrictAdminUser.id,
      role: 'school_admin',
      provinceId: w.province.id,
      districtId: w.districtB.id,
      schoolId: w.otherDistrictSchool.id,
    },
    action: 'question.approved',
    resourceType: 'question',
    resourceId: 'q-district-b',
    scope: unitOf(w.otherDistrictSchool.id, w.districtB.id, w.province.id),
    details: { scope: 'school' },
  });
  const farSchool = await makeSchool(t.db, { districtId: w.districtC.id, name: 'Trường THCS Xa' });
  await recordAudit(t.db, {
    actor: {
      userId: w.otherProvinceOfficer.user.id,
      role: 'province_officer',
      provinceId: w.otherProvince.id,
      districtId: null,
      schoolId: null,
    },
    action: 'material.approved',
    resourceType: 'material',
    resourceId: 'm-other-province',
    scope: unitOf(farSchool.id, w.districtC.id, w.otherProvince.id),
    details: { scope: 'province' },
  });
});
afterAll(() => t.close());

describe('recording', () => {
  it('records approvals, rejections, grade changes and target changes with who, what and why', async () => {
    const all = await read(w.systemAdmin.client, '?pageSize=100');
    expect(actions(all)).toEqual(
      expect.arrayContaining([
        'attempt.essay_graded',
        'kpi_target.update',
        'material.approved',
        'material.rejected',
        'question.approved',
        'test.key_corrected',
      ]),
    );
    const find = (action: string) => all.items.find((i) => i.action === action);
    expect(find('attempt.essay_graded')).toMatchObject({
      resourceType: 'attempt',
      actor: { id: w.teacher.user.id, role: 'teacher' },
      unit: { kind: 'school', id: w.school.id, name: w.school.name },
      details: { score: 1 },
    });
    expect(find('test.key_corrected')?.details).toMatchObject({ reason: 'Nhập nhầm đáp án', regraded: 1 });
    expect(find('material.rejected')).toMatchObject({
      actor: { id: w.otherSchoolAdmin.user.id },
      unit: { kind: 'school', id: w.sameDistrictSchool.id },
      details: { reason: 'Thiếu nguồn' },
    });
    expect(find('kpi_target.update')).toMatchObject({
      actor: { id: w.provinceOfficer.user.id, fullName: expect.any(String) },
      unit: { kind: 'province', id: w.province.id },
      details: { from: 20, to: 25, year: 2030 },
    });
  });
});

describe('who reads what', () => {
  it('gives a school admin only their school', async () => {
    const page = await read(w.schoolAdmin.client, '?pageSize=100');
    expect(page.total).toBe(page.items.length);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.unit?.id === w.school.id)).toBe(true);
    expect(actions(page)).toEqual(
      expect.arrayContaining(['attempt.essay_graded', 'material.approved', 'question.approved']),
    );
    expect(actions(page)).not.toContain('material.rejected');
  });

  it('keeps a school admin out of the next school in the same district', async () => {
    const page = await read(w.otherSchoolAdmin.client, '?pageSize=100');
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.unit?.id === w.sameDistrictSchool.id)).toBe(true);
    const cross = await read(w.otherSchoolAdmin.client, '?action=attempt.essay_graded');
    expect(cross).toMatchObject({ total: 0, items: [] });
  });

  it('gives a district officer the schools of their district, not the next district', async () => {
    const page = await read(w.districtOfficer.client, '?pageSize=100');
    const schools = new Set(page.items.map((i) => i.unit?.id));
    expect(schools).toEqual(new Set([w.school.id, w.sameDistrictSchool.id]));
    expect(page.items.map((i) => i.resourceId)).not.toContain('q-district-b');
    // The district next door sees its own entry and nothing of district A.
    const other = await read(districtBOfficer, '?pageSize=100');
    expect(other.items.map((i) => i.resourceId)).toEqual(['q-district-b']);
    const otherAdmin = await read(otherDistrictAdmin, '?pageSize=100');
    expect(otherAdmin.items.map((i) => i.resourceId)).toEqual(['q-district-b']);
  });

  it('gives a province officer their province, not another province', async () => {
    const page = await read(w.provinceOfficer.client, '?pageSize=100');
    const ids = page.items.map((i) => i.resourceId);
    expect(ids).toContain('q-district-b');
    expect(ids).not.toContain('m-other-province');
    expect(actions(page)).toEqual(expect.arrayContaining(['kpi_target.update', 'material.rejected']));
    const other = await read(w.otherProvinceOfficer.client, '?pageSize=100');
    expect(other.items.map((i) => i.resourceId)).toEqual(['m-other-province']);
  });

  it('gives the system admin everything', async () => {
    const page = await read(w.systemAdmin.client, '?pageSize=100');
    expect(page.total).toBe(await t.db.auditEntry.count());
    expect(page.items.map((i) => i.resourceId)).toEqual(
      expect.arrayContaining(['q-district-b', 'm-other-province']),
    );
  });

  it('refuses teachers and students', async () => {
    for (const reader of [w.teacher, w.otherTeacher, w.student]) {
      const response = await reader.client.request({ method: 'GET', url: '/api/audit' });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });
});

describe('filters and paging', () => {
  it('filters by action and resource type', async () => {
    const approvals = await read(w.schoolAdmin.client, '?action=question.approved');
    expect(approvals.total).toBe(4);
    expect(actions(approvals)).toEqual(['question.approved']);
    const materials = await read(w.districtOfficer.client, '?resourceType=material&pageSize=100');
    expect(materials.items.length).toBeGreaterThan(0);
    expect(materials.items.every((i) => i.resourceType === 'material')).toBe(true);
    const bad = await w.schoolAdmin.client.request({ method: 'GET', url: '/api/audit?resourceType=bogus' });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('filters by days in Vietnam time, both ends included', async () => {
    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { resourceId: 'q-district-b' } });
    // 23:30 on 1 March 2025 in Việt Nam is still 1 March there, though 16:30 UTC.
    await t.db.auditEntry.update({
      where: { id: entry.id },
      data: { createdAt: new Date('2025-03-01T16:30:00Z') },
    });
    const ids = async (query: string) => (await read(districtBOfficer, query)).items.map((i) => i.resourceId);
    expect(await ids('?from=2025-03-01&to=2025-03-01')).toEqual(['q-district-b']);
    expect(await ids('?from=2025-03-02')).toEqual([]);
    expect(await ids('?to=2025-02-28')).toEqual([]);
    expect(await ids('?from=2025-02-01&to=2025-03-31')).toEqual(['q-district-b']);
  });

  it('pages newest first without gaps or repeats', async () => {
    const all = await read(w.schoolAdmin.client, '?pageSize=100');
    const times = all.items.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const first = await read(w.schoolAdmin.client, '?pageSize=3&page=1');
    const second = await read(w.schoolAdmin.client, '?pageSize=3&page=2');
    expect(first).toMatchObject({ page: 1, pageSize: 3, total: all.total });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
      all.items.slice(0, 6).map((i) => i.id),
    );
  });
});
