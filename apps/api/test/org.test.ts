import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { get, teachToan } from './world.js';

const { t, w } = await fileWorld();

const names = (body: { items: { name: string }[] }) => body.items.map((s) => s.name).sort();

describe('schools', () => {
  it('lists only the schools inside the viewer’s unit', async () => {
    expect(names((await get(w.teacher.client, '/api/schools')).json())).toEqual(['Trường THCS Tiến Hoá']);
    expect(names((await get(w.districtOfficer.client, '/api/schools')).json())).toEqual([
      'Trường THCS Mai Hoá',
      'Trường THCS Tiến Hoá',
    ]);
    const province = (await get(w.provinceOfficer.client, '/api/schools')).json();
    expect(province.total).toBe(3);
    expect(names(province)).not.toContain('Trường THCS Càng Long');
    expect((await get(w.systemAdmin.client, '/api/schools')).json().total).toBe(4);
  });

  it('finds schools without diacritics', async () => {
    const body = (await get(w.provinceOfficer.client, '/api/schools?q=tien%20hoa')).json();
    expect(names(body)).toEqual(['Trường THCS Tiến Hoá']);
  });

  it('refuses a school outside the viewer’s unit', async () => {
    expect((await get(w.teacher.client, `/api/schools/${w.sameDistrictSchool.id}`)).statusCode).toBe(403);
    expect((await get(w.districtOfficer.client, `/api/schools/${w.otherDistrictSchool.id}`)).statusCode).toBe(
      403,
    );
    expect((await get(w.provinceOfficer.client, `/api/schools/${w.otherProvinceSchool.id}`)).statusCode).toBe(
      403,
    );
    expect((await get(w.districtOfficer.client, `/api/schools/${w.sameDistrictSchool.id}`)).statusCode).toBe(
      200,
    );
  });

  it('lists districts by scope', async () => {
    expect(names((await get(w.provinceOfficer.client, '/api/districts')).json())).toEqual([
      'Phòng GDĐT Quảng Trạch',
      'Phòng GDĐT Tuyên Hoá',
    ]);
    expect(names((await get(w.districtOfficer.client, '/api/districts')).json())).toEqual([
      'Phòng GDĐT Tuyên Hoá',
    ]);
  });
});

describe('classes', () => {
  it('shows a class to the school’s staff, with its students', async () => {
    const body = (await get(w.teacher.client, `/api/classes/${w.schoolClass.id}`)).json();
    expect(body.students.map((s: { id: string }) => s.id)).toEqual([w.student.user.id]);
    expect((await get(w.teacher.client, `/api/schools/${w.school.id}/classes`)).json().items).toHaveLength(1);
  });

  it('hides classes from other schools and from students', async () => {
    expect((await get(w.teacher.client, `/api/classes/${w.otherClass.id}`)).statusCode).toBe(403);
    expect((await get(w.otherSchoolAdmin.client, `/api/schools/${w.school.id}/classes`)).statusCode).toBe(
      403,
    );
    expect((await get(w.student.client, `/api/classes/${w.schoolClass.id}`)).statusCode).toBe(403);
    expect((await get(w.otherProvinceOfficer.client, `/api/classes/${w.schoolClass.id}`)).statusCode).toBe(
      403,
    );
  });

  it('lists the actor’s own classes: enrolled or assigned', async () => {
    await teachToan(t, w);
    const mine = (await get(w.teacher.client, '/api/me/classes')).json();
    expect(mine.items).toEqual([
      expect.objectContaining({ id: w.schoolClass.id, subjects: [{ code: 'toan', name: 'Toán' }] }),
    ]);
    const student = (await get(w.student.client, '/api/me/classes')).json();
    expect(student.items.map((c: { id: string }) => c.id)).toEqual([w.schoolClass.id]);
    expect((await get(w.otherTeacher.client, '/api/me/classes')).json().items).toEqual([]);
  });

  it('answers 404 with a code for a class that does not exist', async () => {
    const response = await get(w.teacher.client, '/api/classes/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('CLASS_NOT_FOUND');
  });
});

describe('users', () => {
  it('lists accounts only inside the admin’s unit and never to teachers', async () => {
    const schoolUsers = (await get(w.schoolAdmin.client, '/api/users')).json();
    expect(schoolUsers.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [w.student.user.id, w.teacher.user.id, w.schoolAdmin.user.id].sort(),
    );
    expect((await get(w.teacher.client, '/api/users')).statusCode).toBe(403);
    const crossing = (
      await get(w.schoolAdmin.client, `/api/users?schoolId=${w.sameDistrictSchool.id}`)
    ).json();
    expect(crossing.items).toEqual([]);
  });

  it('lets an admin reset a lower account in their unit only', async () => {
    const reset = await w.schoolAdmin.client.request({
      method: 'POST',
      url: `/api/users/${w.teacher.user.id}/reset-password`,
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().temporaryPassword).toMatch(/^\w{10}$/);
    const account = await t.db.user.findUniqueOrThrow({ where: { id: w.teacher.user.id } });
    expect(account.mustChangePassword).toBe(true);
    expect(
      await t.db.auditEntry.count({
        where: { action: 'user.password_reset', resourceId: w.teacher.user.id },
      }),
    ).toBe(1);

    // Only a lower account within the resetter's own unit.
    const resets = [
      [w.schoolAdmin, w.otherTeacher, 403],
      [w.schoolAdmin, w.otherSchoolAdmin, 403],
      [w.otherTeacher, w.student, 403],
      [w.otherProvinceOfficer, w.schoolAdmin, 403],
      [w.districtOfficer, w.otherSchoolAdmin, 200],
    ] as const;
    for (const [resetter, owner, status] of resets) {
      const url = `/api/users/${owner.user.id}/reset-password`;
      const response = await resetter.client.request({ method: 'POST', url });
      expect(response.statusCode, `${resetter.user.role} resets ${owner.user.role}`).toBe(status);
    }
  });
});
