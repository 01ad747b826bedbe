import { makeClass, makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, PASSWORD, signIn, type TestApp, testPasswordHash } from './helpers.js';
import { buildWorld, get, type World } from './world.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

let serial = 0;
const next = () => ++serial;
const post = (client: Client, url: string, payload: object) =>
  client.request({ method: 'POST', url, payload });
const patch = (client: Client, url: string, payload: object) =>
  client.request({ method: 'PATCH', url, payload });
const codeOf = (response: { json(): unknown }) => (response.json() as { error: { code: string } }).error.code;
/** Past the session cache: a change to an account or its unit shows on the next request. */
const pastSessionCache = () => {
  t.clock.now = new Date(t.clock.now.getTime() + 6_000);
};

/** Signs in with a one-time password and sets a permanent one, as a new user does. */
async function firstSignIn(username: string, temporary: string): Promise<Client> {
  const client = await signIn(t.app, username, temporary);
  const changed = await post(client, '/api/auth/change-password', {
    currentPassword: temporary,
    newPassword: PASSWORD,
  });
  expect(changed.statusCode).toBe(200);
  return client;
}

const auditActions = async (resourceId: string) =>
  (await t.db.auditEntry.findMany({ where: { resourceId }, orderBy: { createdAt: 'asc' } })).map(
    (e) => e.action,
  );

describe('setting up a province from nothing', () => {
  it('goes from the system admin to a school admin, each by the level above', async () => {
    const province = await post(w.systemAdmin.client, '/api/provinces', {
      code: 'SGD-HT',
      name: 'Sở GDĐT Hà Tĩnh',
    });
    expect(province.statusCode).toBe(200);
    expect(province.json()).toMatchObject({ code: 'SGD-HT', active: true, districtCount: 0 });
    const provinceId = province.json().id as string;
    expect(await auditActions(provinceId)).toEqual(['province.create']);

    const officer = await post(w.systemAdmin.client, '/api/users', {
      role: 'province_officer',
      username: 'cb.so.hatinh',
      fullName: 'Trần Thị Sở',
      email: 'so@hatinh.edu.vn',
      provinceId,
    });
    expect(officer.statusCode).toBe(200);
    const { user, temporaryPassword } = officer.json();
    expect(user).toMatchObject({ role: 'province_officer', mustChangePassword: true, disabled: false });
    expect(user.unit).toEqual({ kind: 'province', id: provinceId, name: 'Sở GDĐT Hà Tĩnh' });
    // The one-time password must be changed before anything else.
    const fresh = await signIn(t.app, 'cb.so.hatinh', temporaryPassword);
    expect(codeOf(await get(fresh, '/api/districts'))).toBe('PASSWORD_CHANGE_REQUIRED');
    const provinceOfficer = await firstSignIn('cb.so.hatinh', temporaryPassword);

    const district = await post(provinceOfficer, '/api/districts', {
      provinceId,
      code: 'PGD-HK',
      name: 'Phòng GDĐT Hương Khê',
    });
    expect(district.statusCode).toBe(200);
    const districtId = district.json().id as string;
    const districtOfficer = await post(provinceOfficer, '/api/users', {
      role: 'district_officer',
      username: 'cb.phong.huongkhe',
      fullName: 'Lê Văn Phòng',
      districtId,
    });
    expect(districtOfficer.statusCode).toBe(200);
    const phong = await firstSignIn('cb.phong.huongkhe', districtOfficer.json().temporaryPassword);

    const school = await post(phong, '/api/schools', {
      districtId,
      code: 'THCS-HK1',
      name: 'Trường THCS Hương Khê',
      kind: 'TH&THCS',
      address: 'Thị trấn Hương Khê',
    });
    expect(school.statusCode).toBe(200);
    expect(school.json()).toMatchObject({
      kind: 'TH&THCS',
      levels: ['primary', 'lower_secondary'],
      active: true,
      district: { id: districtId },
    });
    const schoolId = school.json().id as string;
    const admin = await post(phong, '/api/users', {
      role: 'school_admin',
      username: 'qt.thcs.huongkhe',
      fullName: 'Phạm Thị Trường',
      schoolId,
    });
    expect(admin.statusCode).toBe(200);
    const schoolAdmin = await firstSignIn('qt.thcs.huongkhe', admin.json().temporaryPassword);
    const me = await get(schoolAdmin, '/api/auth/me');
    expect(me.json().user.school.name).toBe('Trường THCS Hương Khê');
    // The school admin adds a teacher to their own school.
    expect(
      (
        await post(schoolAdmin, '/api/users', {
          role: 'teacher',
          username: 'gv.hk.01',
          fullName: 'Ngô Văn Dạy',
          schoolId,
        })
      ).statusCode,
    ).toBe(200);

    // Renames, each by its owner.
    expect(
      (
        await patch(w.systemAdmin.client, `/api/provinces/${provinceId}`, {
          name: 'Sở Giáo dục và Đào tạo Hà Tĩnh',
        })
      ).json().name,
    ).toBe('Sở Giáo dục và Đào tạo Hà Tĩnh');
    expect(
      (await patch(provinceOfficer, `/api/districts/${districtId}`, { name: 'Phòng GDĐT huyện Hương Khê' }))
        .statusCode,
    ).toBe(200);
    const edited = await patch(phong, `/api/schools/${schoolId}`, {
      name: 'Trường TH&THCS Hương Khê',
      kind: 'THCS',
    });
    expect(edited.json()).toMatchObject({ name: 'Trường TH&THCS Hương Khê', levels: ['lower_secondary'] });
    expect(await auditActions(schoolId)).toEqual(['school.create', 'school.update']);
    const officers = (await get(provinceOfficer, '/api/users?role=district_officer')).json();
    expect(officers.items.map((u: { username: string }) => u.username)).toEqual(['cb.phong.huongkhe']);
  });
});

describe('crossing lines', () => {
  it('keeps a district officer to the schools of their own district', async () => {
    const other = await patch(w.districtOfficer.client, `/api/schools/${w.otherDistrictSchool.id}`, {
      name: 'Đổi tên',
    });
    expect(other.statusCode).toBe(403);
    const create = await post(w.districtOfficer.client, '/api/schools', {
      districtId: w.districtB.id,
      code: `X-${next()}`,
      name: 'Trường lạ',
      kind: 'THCS',
    });
    expect(create.statusCode).toBe(403);
    // Nor move one of theirs out: the other district is not theirs.
    const move = await patch(w.districtOfficer.client, `/api/schools/${w.sameDistrictSchool.id}`, {
      districtId: w.districtB.id,
    });
    expect(move.statusCode).toBe(403);
    // Nor manage districts at all.
    const untouched = await t.db.school.findUniqueOrThrow({ where: { id: w.sameDistrictSchool.id } });
    expect(untouched.districtId).toBe(w.districtA.id);
    expect((await t.db.school.findUniqueOrThrow({ where: { id: w.otherDistrictSchool.id } })).name).toBe(
      'Trường THCS Quảng Hợp',
    );
  });

  it('keeps a province officer to their own province', async () => {
    const foreign = await post(w.provinceOfficer.client, '/api/districts', {
      provinceId: w.otherProvince.id,
      code: `PGD-X${next()}`,
      name: 'Phòng lạ',
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (await patch(w.provinceOfficer.client, `/api/districts/${w.districtC.id}`, { name: 'Phòng lạ' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(w.provinceOfficer.client, '/api/provinces', { code: `P-${next()}`, name: 'Sở mới' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await patch(w.provinceOfficer.client, `/api/provinces/${w.province.id}`, { name: 'Sở khác' }))
        .statusCode,
    ).toBe(403);
    const officer = await post(w.provinceOfficer.client, '/api/users', {
      role: 'district_officer',
      username: `cb-x-${next()}`,
      fullName: 'Cán bộ lạ',
      districtId: w.districtC.id,
    });
    expect(officer.statusCode).toBe(403);
  });

  it('refuses a school admin creating an officer, or anyone outside their school', async () => {
    const officer = await post(w.schoolAdmin.client, '/api/users', {
      role: 'district_officer',
      username: `cb-y-${next()}`,
      fullName: 'Cán bộ giả',
      districtId: w.districtA.id,
    });
    expect(officer.statusCode).toBe(403);
    const peer = await post(w.schoolAdmin.client, '/api/users', {
      role: 'school_admin',
      username: `qt-y-${next()}`,
      fullName: 'Quản trị giả',
      schoolId: w.school.id,
    });
    expect(peer.statusCode).toBe(403);
    const elsewhere = await post(w.schoolAdmin.client, '/api/users', {
      role: 'teacher',
      username: `gv-y-${next()}`,
      fullName: 'Giáo viên lạ',
      schoolId: w.sameDistrictSchool.id,
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(
      (
        await post(w.schoolAdmin.client, '/api/schools', {
          districtId: w.districtA.id,
          code: `Z-${next()}`,
          name: 'Trường giả',
          kind: 'THCS',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await patch(w.schoolAdmin.client, `/api/users/${w.districtOfficer.user.id}`, { disabled: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await patch(w.teacher.client, `/api/users/${w.student.user.id}`, { fullName: 'Tên khác' })).statusCode,
    ).toBe(403);
  });

  it('refuses a move to another province with a clear code, and allows one inside it', async () => {
    const school = (
      await post(w.provinceOfficer.client, '/api/schools', {
        districtId: w.districtA.id,
        code: `MOVE-${next()}`,
        name: 'Trường THCS Chuyển',
        kind: 'THCS',
      })
    ).json();
    const cross = await patch(w.systemAdmin.client, `/api/schools/${school.id}`, {
      districtId: w.districtC.id,
    });
    expect(cross.statusCode).toBe(422);
    expect(codeOf(cross)).toBe('SCHOOL_MOVE_CROSS_PROVINCE');
    const moved = await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, {
      districtId: w.districtB.id,
    });
    expect(moved.json().district.id).toBe(w.districtB.id);
    expect(await auditActions(school.id)).toEqual(['school.create', 'school.move']);
  });

  it('answers account and unit mix-ups with their codes', async () => {
    const noUnit = await post(w.systemAdmin.client, '/api/users', {
      role: 'school_admin',
      username: `qt-z-${next()}`,
      fullName: 'Không đơn vị',
      districtId: w.districtA.id,
    });
    expect(codeOf(noUnit)).toBe('USER_UNIT_INVALID');
    const kind = await post(w.systemAdmin.client, '/api/schools', {
      districtId: w.districtA.id,
      code: `K-${next()}`,
      name: 'Trường lạ',
      kind: 'Đại học',
    });
    expect(codeOf(kind)).toBe('SCHOOL_KIND_INVALID');
    const self = await patch(w.systemAdmin.client, `/api/users/${w.systemAdmin.user.id}`, { disabled: true });
    expect(codeOf(self)).toBe('SELF_CHANGE_REFUSED');
  });
});

describe('duplicates', () => {
  it('refuses a taken code or username with a stable code and a Vietnamese message', async () => {
    const province = await post(w.systemAdmin.client, '/api/provinces', {
      code: w.province.code,
      name: 'Trùng',
    });
    expect(province.statusCode).toBe(409);
    expect(province.json().error).toMatchObject({
      code: 'PROVINCE_CODE_TAKEN',
      message: 'Mã Sở GDĐT đã được dùng cho một Sở khác.',
    });
    const district = await post(w.provinceOfficer.client, '/api/districts', {
      provinceId: w.province.id,
      code: w.districtC.code,
      name: 'Trùng',
    });
    expect(codeOf(district)).toBe('DISTRICT_CODE_TAKEN');
    const school = await post(w.districtOfficer.client, '/api/schools', {
      districtId: w.districtA.id,
      code: w.otherProvinceSchool.code,
      name: 'Trùng',
      kind: 'THCS',
    });
    expect(codeOf(school)).toBe('SCHOOL_CODE_TAKEN');
    const user = await post(w.districtOfficer.client, '/api/users', {
      role: 'school_admin',
      username: w.otherProvinceOfficer.user.username.toUpperCase(),
      fullName: 'Trùng tên',
      schoolId: w.school.id,
    });
    expect(user.statusCode).toBe(409);
    expect(codeOf(user)).toBe('USERNAME_TAKEN');
  });
});

describe('deactivation', () => {
  it('keeps a school and its history, refuses its users at sign-in and ends their sessions', async () => {
    const created = (
      await post(w.districtOfficer.client, '/api/schools', {
        districtId: w.districtA.id,
        code: `DONG-${next()}`,
        name: 'Trường THCS Sáp Nhập',
        kind: 'THCS',
      })
    ).json();
    const klass = await makeClass(t.db, { schoolId: created.id, name: '6S' });
    const teacher = await makeUser(t.db, 'teacher', {
      passwordHash: await testPasswordHash(),
      schoolId: created.id,
    });
    const teacherClient = await signIn(t.app, teacher.username);

    const closed = await patch(w.districtOfficer.client, `/api/schools/${created.id}`, { active: false });
    expect(closed.json()).toMatchObject({ active: false, classCount: 1, teacherCount: 1 });
    pastSessionCache();
    expect((await get(teacherClient, '/api/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: teacher.username, password: PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    expect(codeOf(login)).toBe('UNIT_DEACTIVATED');

    // Nothing is deleted: the school, its class and its teacher are still there, greyed in the lists.
    expect(await t.db.class.count({ where: { id: klass.id } })).toBe(1);
    const inactive = (await get(w.districtOfficer.client, '/api/schools?status=inactive')).json();
    expect(inactive.items.map((s: { id: string }) => s.id)).toContain(created.id);
    const active = (await get(w.districtOfficer.client, '/api/schools?status=active')).json();
    expect(active.items.map((s: { id: string }) => s.id)).not.toContain(created.id);
    // One closed before this year (no classes in it) is left out of this year's report.
    const gone = (
      await post(w.districtOfficer.client, '/api/schools', {
        districtId: w.districtA.id,
        code: `CU-${next()}`,
        name: 'Trường THCS Giải Thể Cũ',
        kind: 'THCS',
      })
    ).json();
    await patch(w.districtOfficer.client, `/api/schools/${gone.id}`, { active: false });
    // The first still appears in the report of the year it has classes in.
    const report = await get(w.districtOfficer.client, '/api/reports/online-share');
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(report.json())).toContain('Trường THCS Sáp Nhập');
    expect(JSON.stringify(report.json())).not.toContain('Trường THCS Giải Thể Cũ');
    // Nothing new goes into it.
    const account = await post(w.districtOfficer.client, '/api/users', {
      role: 'school_admin',
      username: `qt-d-${next()}`,
      fullName: 'Quản trị mới',
      schoolId: created.id,
    });
    expect(codeOf(account)).toBe('UNIT_INACTIVE');

    const reopened = await patch(w.districtOfficer.client, `/api/schools/${created.id}`, { active: true });
    expect(reopened.json().active).toBe(true);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: teacher.username, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
    expect(await auditActions(created.id)).toEqual([
      'school.create',
      'school.deactivate',
      'school.reactivate',
    ]);
  });

  it('deactivates a district only after its schools, and nothing is created under it', async () => {
    const district = (
      await post(w.provinceOfficer.client, '/api/districts', {
        provinceId: w.province.id,
        code: `PGD-D${next()}`,
        name: 'Phòng GDĐT Giải Thể',
      })
    ).json();
    const school = (
      await post(w.provinceOfficer.client, '/api/schools', {
        districtId: district.id,
        code: `S-D${next()}`,
        name: 'Trường TH Giải Thể',
        kind: 'Tiểu học',
      })
    ).json();
    const early = await patch(w.provinceOfficer.client, `/api/districts/${district.id}`, { active: false });
    expect(early.statusCode).toBe(409);
    expect(codeOf(early)).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, { active: false });
    const closed = await patch(w.provinceOfficer.client, `/api/districts/${district.id}`, { active: false });
    expect(closed.json()).toMatchObject({ active: false, schoolCount: 1 });
    const late = await post(w.provinceOfficer.client, '/api/schools', {
      districtId: district.id,
      code: `S-L${next()}`,
      name: 'Trường mới',
      kind: 'THCS',
    });
    expect(codeOf(late)).toBe('UNIT_INACTIVE');
    // A school cannot be reopened in a closed district.
    expect(codeOf(await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, { active: true }))).toBe(
      'UNIT_INACTIVE',
    );
    const listed = (await get(w.provinceOfficer.client, '/api/districts')).json();
    expect(listed.items.find((d: { id: string }) => d.id === district.id)).toMatchObject({ active: false });
    expect(await auditActions(district.id)).toEqual(['district.create', 'district.deactivate']);
  });

  it('disables and enables an account; a disabled account cannot sign in', async () => {
    const account = (
      await post(w.schoolAdmin.client, '/api/users', {
        role: 'teacher',
        username: `gv-k-${next()}`,
        fullName: 'Giáo viên Khoá',
        schoolId: w.school.id,
      })
    ).json();
    const client = await firstSignIn(account.user.username, account.temporaryPassword);
    const disabled = await patch(w.schoolAdmin.client, `/api/users/${account.user.id}`, {
      disabled: true,
      email: 'gv@truong.edu.vn',
    });
    expect(disabled.json()).toMatchObject({ disabled: true, email: 'gv@truong.edu.vn' });
    pastSessionCache();
    expect((await get(client, '/api/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: account.user.username, password: PASSWORD },
    });
    expect(codeOf(login)).toBe('ACCOUNT_DISABLED');
    await patch(w.schoolAdmin.client, `/api/users/${account.user.id}`, { disabled: false });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: account.user.username, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
    expect(await auditActions(account.user.id)).toEqual([
      'user.create',
      'user.update',
      'user.disable',
      'user.enable',
    ]);
  });
});
