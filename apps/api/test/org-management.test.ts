import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { signIn } from './helpers.js';
import { createdAs, createdSchool, newAccount, newDistrict, newSchool } from './org-bodies.js';
import { auditActions, codeOf, firstSignIn, newSignedInAccount, next, patch, post } from './org-requests.js';
import { get } from './world.js';

const { t, w } = await fileWorld();

describe('setting up a province from nothing', () => {
  it('goes from the system admin to a school admin, each by the level above', async () => {
    const province = await post(w.systemAdmin.client, '/api/provinces', {
      code: 'SGD-HT',
      name: 'Sở GDĐT Hà Tĩnh',
    });
    expect(province.statusCode).toBe(200);
    expect(province.json()).toMatchObject({ code: 'SGD-HT', active: true, districtCount: 0 });
    const provinceId = province.json().id as string;
    expect(await auditActions(t, provinceId)).toEqual(['province.create']);

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
    const provinceOfficer = await firstSignIn(t, 'cb.so.hatinh', temporaryPassword);

    const { id: districtId } = await createdAs(provinceOfficer, '/api/districts', {
      provinceId,
      code: 'PGD-HK',
      name: 'Phòng GDĐT Hương Khê',
    });
    const phong = await newSignedInAccount(t, provinceOfficer, {
      role: 'district_officer',
      username: 'cb.phong.huongkhe',
      fullName: 'Lê Văn Phòng',
      districtId,
    });

    const school = await createdAs(phong, '/api/schools', {
      districtId,
      code: 'THCS-HK1',
      name: 'Trường THCS Hương Khê',
      kind: 'TH&THCS',
      address: 'Thị trấn Hương Khê',
    });
    expect(school).toMatchObject({
      kind: 'TH&THCS',
      levels: ['primary', 'lower_secondary'],
      active: true,
      district: { id: districtId },
    });
    const schoolId = school.id;
    const schoolAdmin = await newSignedInAccount(t, phong, {
      role: 'school_admin',
      username: 'qt.thcs.huongkhe',
      fullName: 'Phạm Thị Trường',
      schoolId,
    });
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
    expect(await auditActions(t, schoolId)).toEqual(['school.create', 'school.update']);
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
    const create = await post(
      w.districtOfficer.client,
      '/api/schools',
      newSchool(w.districtB.id, 'Trường lạ'),
    );
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
    const foreign = await post(
      w.provinceOfficer.client,
      '/api/districts',
      newDistrict(w.otherProvince.id, 'Phòng lạ'),
    );
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
    const officer = await post(
      w.provinceOfficer.client,
      '/api/users',
      newAccount('district_officer', 'Cán bộ lạ', { districtId: w.districtC.id }),
    );
    expect(officer.statusCode).toBe(403);
  });

  it('refuses a school admin creating an officer, or anyone outside their school', async () => {
    const officer = await post(
      w.schoolAdmin.client,
      '/api/users',
      newAccount('district_officer', 'Cán bộ giả', { districtId: w.districtA.id }),
    );
    expect(officer.statusCode).toBe(403);
    const peer = await post(
      w.schoolAdmin.client,
      '/api/users',
      newAccount('school_admin', 'Quản trị giả', { schoolId: w.school.id }),
    );
    expect(peer.statusCode).toBe(403);
    const elsewhere = await post(
      w.schoolAdmin.client,
      '/api/users',
      newAccount('teacher', 'Giáo viên lạ', { schoolId: w.sameDistrictSchool.id }),
    );
    expect(elsewhere.statusCode).toBe(403);
    expect(
      (await post(w.schoolAdmin.client, '/api/schools', newSchool(w.districtA.id, 'Trường giả'))).statusCode,
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
    const school = await createdSchool(w.provinceOfficer.client, w.districtA.id, 'Trường THCS Chuyển');
    const cross = await patch(w.systemAdmin.client, `/api/schools/${school.id}`, {
      districtId: w.districtC.id,
    });
    expect(cross.statusCode).toBe(422);
    expect(codeOf(cross)).toBe('SCHOOL_MOVE_CROSS_PROVINCE');
    const moved = await patch(w.provinceOfficer.client, `/api/schools/${school.id}`, {
      districtId: w.districtB.id,
    });
    expect(moved.json().district.id).toBe(w.districtB.id);
    expect(await auditActions(t, school.id)).toEqual(['school.create', 'school.move']);
  });

  it('answers account and unit mix-ups with their codes', async () => {
    const noUnit = await post(
      w.systemAdmin.client,
      '/api/users',
      newAccount('school_admin', 'Không đơn vị', { districtId: w.districtA.id }),
    );
    expect(codeOf(noUnit)).toBe('USER_UNIT_INVALID');
    const kind = await post(
      w.systemAdmin.client,
      '/api/schools',
      newSchool(w.districtA.id, 'Trường lạ', 'Đại học'),
    );
    expect(codeOf(kind)).toBe('SCHOOL_KIND_INVALID');
    for (const inherited of ['valueOf', 'constructor', '__proto__']) {
      const odd = await post(
        w.systemAdmin.client,
        '/api/schools',
        newSchool(w.districtA.id, 'Trường lạ', inherited),
      );
      expect(codeOf(odd), inherited).toBe('SCHOOL_KIND_INVALID');
    }
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
