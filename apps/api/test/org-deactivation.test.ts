import { makeClass, makeUser } from '@hoclieu/db/testing';
import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { attemptLogin, signIn, testPasswordHash } from './helpers.js';
import { classHeader, csv, upload } from './import-files.js';
import { createdDistrict, createdSchool, newAccount, newSchool } from './org-bodies.js';
import { auditActions, codeOf, firstSignIn, pastSessionCache, patch, post } from './org-requests.js';
import { get } from './world.js';

const { t, w } = await fileWorld();

describe('deactivation', () => {
  it('keeps a school and its history, refuses its users at sign-in and ends their sessions', async () => {
    const created = await createdSchool(w.districtOfficer.client, w.districtA.id, 'Trường THCS Sáp Nhập');
    const klass = await makeClass(t.db, { schoolId: created.id, name: '6S' });
    const teacher = await makeUser(t.db, 'teacher', {
      passwordHash: await testPasswordHash(),
      schoolId: created.id,
    });
    const teacherClient = await signIn(t.app, teacher.username);

    const closed = await patch(w.districtOfficer.client, `/api/schools/${created.id}`, { active: false });
    expect(closed.json()).toMatchObject({ active: false, classCount: 1, teacherCount: 1 });
    pastSessionCache(t);
    expect((await get(teacherClient, '/api/auth/me')).statusCode).toBe(401);
    const login = await attemptLogin(t.app, teacher.username);
    expect(login.statusCode).toBe(403);
    expect(codeOf(login)).toBe('UNIT_DEACTIVATED');

    // Nothing is deleted: the school, its class and its teacher are still there, greyed in the lists.
    expect(await t.db.class.count({ where: { id: klass.id } })).toBe(1);
    const inactive = (await get(w.districtOfficer.client, '/api/schools?status=inactive')).json();
    expect(inactive.items.map((s: { id: string }) => s.id)).toContain(created.id);
    const active = (await get(w.districtOfficer.client, '/api/schools?status=active')).json();
    expect(active.items.map((s: { id: string }) => s.id)).not.toContain(created.id);
    // One closed before this year (no classes in it) is left out of this year's report.
    const gone = await createdSchool(w.districtOfficer.client, w.districtA.id, 'Trường THCS Giải Thể Cũ');
    await patch(w.districtOfficer.client, `/api/schools/${gone.id}`, { active: false });
    // The first still appears in the report of the year it has classes in.
    const report = await get(w.districtOfficer.client, '/api/reports/online-share');
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(report.json())).toContain('Trường THCS Sáp Nhập');
    expect(JSON.stringify(report.json())).not.toContain('Trường THCS Giải Thể Cũ');
    // Nothing new goes into it.
    const account = await post(
      w.districtOfficer.client,
      '/api/users',
      newAccount('school_admin', 'Quản trị mới', { schoolId: created.id }),
    );
    expect(codeOf(account)).toBe('UNIT_INACTIVE');
    // Nor through an import: the row names why, and no class is created.
    const imported = await upload(
      w.districtOfficer.client,
      'classes',
      csv([classHeader, [created.code, '2026-2027', '7S', 7, '']]),
    );
    expect(imported.json().errors).toMatchObject([{ row: 2, code: 'IMPORT_ROW_CONFLICT' }]);
    expect(await t.db.class.count({ where: { schoolId: created.id } })).toBe(1);

    const reopened = await patch(w.districtOfficer.client, `/api/schools/${created.id}`, { active: true });
    expect(reopened.json().active).toBe(true);
    expect((await attemptLogin(t.app, teacher.username)).statusCode).toBe(200);
    expect(await auditActions(t, created.id)).toEqual([
      'school.create',
      'school.deactivate',
      'school.reactivate',
    ]);
  });

  it('deactivates a district only after its schools, and nothing is created under it', async () => {
    const district = await createdDistrict(w.provinceOfficer.client, w.province.id, 'Phòng GDĐT Giải Thể');
    const school = await createdSchool(
      w.provinceOfficer.client,
      district.id,
      'Trường TH Giải Thể',
      'Tiểu học',
    );
    const early = await patch(w.provinceOfficer.client, `/api/districts/${district.id}`, { active: false });
    expect(early.statusCode).toBe(409);
    expect(codeOf(early)).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, { active: false });
    const closed = await patch(w.provinceOfficer.client, `/api/districts/${district.id}`, { active: false });
    expect(closed.json()).toMatchObject({ active: false, schoolCount: 1 });
    const late = await post(w.provinceOfficer.client, '/api/schools', newSchool(district.id, 'Trường mới'));
    expect(codeOf(late)).toBe('UNIT_INACTIVE');
    // A school cannot be reopened in a closed district.
    expect(codeOf(await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, { active: true }))).toBe(
      'UNIT_INACTIVE',
    );
    const listed = (await get(w.provinceOfficer.client, '/api/districts')).json();
    expect(listed.items.find((d: { id: string }) => d.id === district.id)).toMatchObject({ active: false });
    expect(await auditActions(t, district.id)).toEqual(['district.create', 'district.deactivate']);
  });

  it('disables and enables an account; a disabled account cannot sign in', async () => {
    const account = (
      await post(
        w.schoolAdmin.client,
        '/api/users',
        newAccount('teacher', 'Giáo viên Khoá', { schoolId: w.school.id }),
      )
    ).json();
    const client = await firstSignIn(t, account.user.username, account.temporaryPassword);
    const disabled = await patch(w.schoolAdmin.client, `/api/users/${account.user.id}`, {
      disabled: true,
      email: 'gv@truong.edu.vn',
    });
    expect(disabled.json()).toMatchObject({ disabled: true, email: 'gv@truong.edu.vn' });
    pastSessionCache(t);
    expect((await get(client, '/api/auth/me')).statusCode).toBe(401);
    const login = await attemptLogin(t.app, account.user.username);
    expect(codeOf(login)).toBe('ACCOUNT_DISABLED');
    await patch(w.schoolAdmin.client, `/api/users/${account.user.id}`, { disabled: false });
    expect((await attemptLogin(t.app, account.user.username)).statusCode).toBe(200);
    expect(await auditActions(t, account.user.id)).toEqual([
      'user.create',
      'user.update',
      'user.disable',
      'user.enable',
    ]);
  });
});
