import { Readable } from 'node:stream';
import type { Role, ShareScope } from '@hoclieu/contracts';
import { makeClass, makeDistrict, makeProvince, makeSchool, makeUser } from '@hoclieu/db/testing';
import { refreshAudience } from '../../src/modules/materials/repository.js';
import { refreshQuestion } from '../../src/modules/questions/repository.js';
import { type Client, signIn, type TestApp, testPasswordHash } from '../../test/helpers.js';
import { pdfWith, uploadFile, zipOf } from '../../test/material-files.js';
import { choiceQuestion } from '../../test/question-fixtures.js';

export interface Person {
  id: string;
  username: string;
  role: Role;
  client: Client;
}

/** A school as a probe sees it: its class, the class's teacher and student, the school admin. */
export interface Unit {
  label: string;
  schoolId: string;
  schoolCode: string;
  districtId: string;
  provinceId: string;
  classId: string;
  className: string;
  teacher: Person;
  student: Person;
  admin: Person;
}

const SUBJECT = 'toan';

async function ok<T>(label: string, response: { statusCode: number; body: string; json(): unknown }) {
  if (response.statusCode !== 200) throw new Error(`${label}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

/**
 * The matrix's world: one province with district A (schools A1, A2) and district B (school B1); in each
 * school a class of grade 6 with its Toán teacher, a student and the school admin; in A1 a second class
 * with another teacher and student (the "peer" targets). The callers are A1's student, teacher and
 * admin, district A's officer, the province officer and a system admin. Resources are made on demand,
 * by their owners through the API, fresh for a state-changing case or shared (cached) for reads.
 */
export async function buildAuthzWorld(t: TestApp) {
  const { db, app } = t;
  await db.subject.upsert({ where: { code: SUBJECT }, create: { code: SUBJECT, name: 'Toán' }, update: {} });
  const province = await makeProvince(db, { name: 'Sở GDĐT Quảng Bình' });
  const districtA = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Tuyên Hoá' });
  const districtB = await makeDistrict(db, { provinceId: province.id, name: 'Phòng GDĐT Quảng Trạch' });
  const passwordHash = await testPasswordHash();

  async function person(role: Role, unit: Record<string, string>): Promise<Person> {
    const user = await makeUser(db, role, { passwordHash, ...unit });
    return { id: user.id, username: user.username, role, client: await signIn(app, user.username) };
  }

  async function classWith(schoolId: string, name: string, teacher: Person, student: Person) {
    const c = await makeClass(db, { schoolId, name });
    await db.teachingAssignment.create({
      data: { teacherId: teacher.id, classId: c.id, subjectCode: SUBJECT },
    });
    await db.enrollment.create({ data: { studentId: student.id, classId: c.id } });
    return c;
  }

  async function school(label: string, districtId: string, admin?: Person): Promise<Unit> {
    const s = await makeSchool(db, { districtId, name: `Trường THCS ${label}` });
    const teacher = await person('teacher', { schoolId: s.id });
    const student = await person('student', { schoolId: s.id });
    const c = await classWith(s.id, `6${label}`, teacher, student);
    return {
      label,
      schoolId: s.id,
      schoolCode: s.code,
      districtId,
      provinceId: province.id,
      classId: c.id,
      className: c.name,
      teacher,
      student,
      admin: admin ?? (await person('school_admin', { schoolId: s.id })),
    };
  }

  const a1 = await school('A1', districtA.id);
  const a2 = await school('A2', districtA.id);
  const b1 = await school('B1', districtB.id);
  // A1's second class, for targets that are someone else's inside the caller's own school.
  const peerTeacher = await person('teacher', { schoolId: a1.schoolId });
  const peerStudent = await person('student', { schoolId: a1.schoolId });
  const peerClass = await classWith(a1.schoolId, '6A1-2', peerTeacher, peerStudent);
  const a1Peer: Unit = {
    ...a1,
    label: 'A1 (peer)',
    classId: peerClass.id,
    className: peerClass.name,
    teacher: peerTeacher,
    student: peerStudent,
  };
  // A1's admin teaches Toán in 6A1 too, so the routes a school admin may use on their own teaching
  // (declare a live class, assign their own test) have an own target.
  await db.teachingAssignment.create({
    data: { teacherId: a1.admin.id, classId: a1.classId, subjectCode: SUBJECT },
  });

  const callers: Record<Role, Person> = {
    student: a1.student,
    teacher: a1.teacher,
    school_admin: a1.admin,
    district_officer: await person('district_officer', { districtId: districtA.id }),
    province_officer: await person('province_officer', { provinceId: province.id }),
    system_admin: await person('system_admin', {}),
  };
  const units = { own: a1, peer: a1Peer, otherSchool: a2, otherDistrict: b1 };

  /** The schools a caller's org unit does not hold (school roles: A1 only; district A: A1 and A2). */
  function unitsOutside(caller: Role | 'anonymous'): Unit[] {
    if (caller === 'province_officer' || caller === 'system_admin') return [];
    if (caller === 'district_officer') return [b1];
    return [a2, b1];
  }

  const cache = new Map<string, Promise<unknown>>();
  /** One resource per key for the whole run (read-only probes share them). */
  function shared<T>(key: string, make: () => Promise<T>): Promise<T> {
    let found = cache.get(key) as Promise<T> | undefined;
    if (!found) {
      found = make();
      cache.set(key, found);
    }
    return found;
  }

  let serial = 0;
  const next = () => ++serial;

  /** A material by `author`, moved to a share state directly (the workflow has its own tests). */
  async function material(
    author: Person,
    options: { scope?: ShareScope; requested?: ShareScope | null; file?: 'pdf' | 'html5' } = {},
  ) {
    const title = `Học liệu ${next()}`;
    const created = await ok<{ id: string }>(
      'material',
      await author.client.request({
        method: 'POST',
        url: '/api/materials',
        payload: { title, type: 'document', licence: 'cc_by', grade: 6, subjectCode: SUBJECT },
      }),
    );
    let fileId: string | null = null;
    let packageUrl: string | null = null;
    if (options.file) {
      const bytes =
        options.file === 'pdf'
          ? pdfWith('Phan so')
          : await zipOf({ 'index.html': '<!doctype html><p>Mô phỏng</p>' });
      const upload = await ok<{ id: string }>(
        'upload',
        await uploadFile(author.client, options.file === 'pdf' ? 'bai.pdf' : 'mo-phong.zip', bytes),
      );
      const detail = await ok<{ versions: { files: { id: string; packageUrl: string | null }[] }[] }>(
        'version',
        await author.client.request({
          method: 'POST',
          url: `/api/materials/${created.id}/versions`,
          payload: { uploadIds: [upload.id] },
        }),
      );
      const file = detail.versions[0]?.files[0];
      fileId = file?.id ?? null;
      packageUrl = file?.packageUrl ?? null;
    }
    if (options.scope || options.requested) {
      await db.material.update({
        where: { id: created.id },
        data: { scope: options.scope ?? 'private', requestedScope: options.requested ?? null },
      });
      await refreshAudience(db, created.id);
    }
    return { id: created.id, fileId, packageUrl };
  }

  /** A valid single-choice question by `author` (Toán 6), moved to a share state directly. */
  async function question(
    author: Person,
    options: { scope?: ShareScope; requested?: ShareScope | null } = {},
  ) {
    const created = await ok<{ id: string }>(
      'question',
      await author.client.request({
        method: 'POST',
        url: '/api/questions',
        payload: choiceQuestion(`Câu hỏi kiểm tra quyền số ${next()}`, { subjectCode: SUBJECT, grade: 6 }),
      }),
    );
    if (options.scope || options.requested) {
      await db.question.update({
        where: { id: created.id },
        data: { scope: options.scope ?? 'private', requestedScope: options.requested ?? null },
      });
      await refreshQuestion(db, created.id);
    }
    return created;
  }

  /** A test by `author` of one choice question and one essay, with one paper version (code 001...). */
  async function test(author: Person) {
    // Shared at school level, so whoever may edit the test (the system admin too) may use them.
    const choice = await question(author, { scope: 'school' });
    const essay = await ok<{ id: string }>(
      'essay',
      await author.client.request({
        method: 'POST',
        url: '/api/questions',
        payload: {
          content: { type: 'essay', stem: `Trình bày lời giải ${next()}`, rubric: '<p>Đúng ý (1 điểm)</p>' },
          meta: { subjectCode: SUBJECT, grade: 6, level: 'van_dung' },
        },
      }),
    );
    await db.question.update({ where: { id: essay.id }, data: { scope: 'school' } });
    await refreshQuestion(db, essay.id);
    const created = await ok<{ id: string }>(
      'test',
      await author.client.request({
        method: 'POST',
        url: '/api/tests',
        payload: {
          title: `Kiểm tra ${next()}`,
          subjectCode: SUBJECT,
          grade: 6,
          durationMinutes: 15,
          items: [{ questionId: choice.id }, { questionId: essay.id }],
        },
      }),
    );
    const versions = await ok<{
      versionCodes: string[];
      items: { key: string; content: { type: string } }[];
    }>(
      'versions',
      await author.client.request({
        method: 'POST',
        url: `/api/tests/${created.id}/versions`,
        payload: { count: 1, seed: 'authz' },
      }),
    );
    const essayKey = versions.items.find((i) => i.content.type === 'essay')?.key ?? '2';
    return {
      id: created.id,
      code: versions.versionCodes[0] ?? '001',
      essayKey,
      choiceKey: '1',
      questionIds: [choice.id, essay.id],
    };
  }

  /** The unit's teacher gives a fresh test of theirs to the unit's class, open now. */
  async function assignment(unit: Unit, by: Person = unit.teacher) {
    const t = await test(by);
    const now = Date.now();
    const a = await ok<{ id: string }>(
      'assign',
      await by.client.request({
        method: 'POST',
        url: `/api/tests/${t.id}/assignments`,
        payload: {
          classIds: [unit.classId],
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 3_600_000).toISOString(),
          timeLimitMinutes: 30,
          releasePolicy: 'manual',
        },
      }),
    );
    return { id: a.id, test: t };
  }

  /** The unit's student starts (and, when asked, submits) a fresh assignment of the unit's teacher. */
  async function attempt(unit: Unit, options: { submitted?: boolean } = {}) {
    const a = await assignment(unit);
    const started = await ok<{ id: string; questions: { key: string; options: { id: string }[] }[] }>(
      'start',
      await unit.student.client.request({ method: 'POST', url: `/api/assignments/${a.id}/attempts` }),
    );
    if (options.submitted)
      await ok(
        'submit',
        await unit.student.client.request({ method: 'POST', url: `/api/attempts/${started.id}/submit` }),
      );
    // The paper's options go by this attempt's ids (issue 14): a save names one of them.
    const choice = started.questions.find((q) => q.key === a.test.choiceKey);
    return { id: started.id, assignment: a, optionIds: choice?.options.map((o) => o.id) ?? [] };
  }

  /** An upload ticket of `owner`'s, with its bytes sent when asked. */
  async function upload(owner: Person, options: { sent?: boolean } = {}) {
    const bytes = pdfWith('Tai len');
    const ticket = await ok<{ uploadId: string; url: string }>(
      'ticket',
      await owner.client.request({
        method: 'POST',
        url: '/api/uploads',
        payload: { fileName: `tep-${next()}.pdf`, size: bytes.length },
      }),
    );
    if (options.sent)
      await ok(
        'put',
        await owner.client.request({
          method: 'PUT',
          url: ticket.url,
          payload: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        }),
      );
    return { id: ticket.uploadId, bytes };
  }

  /** A stored upload of `owner`'s, ready to go into a material version. */
  async function storedUpload(owner: Person) {
    return ok<{ id: string }>(
      'stored upload',
      await uploadFile(owner.client, `tep-${next()}.pdf`, pdfWith('Ban moi')),
    );
  }

  /** A live class the unit's teacher declared, pending the school admin's decision. */
  async function liveClass(unit: Unit) {
    return ok<{ id: string }>(
      'live class',
      await unit.teacher.client.request({
        method: 'POST',
        url: '/api/online-lessons',
        payload: {
          classId: unit.classId,
          subjectCode: SUBJECT,
          date: '2026-10-05',
          periods: 1,
          link: 'https://meet.example.edu.vn/lop-6',
        },
      }),
    );
  }

  /** A student account of the unit (someone to reset). */
  async function account(unit: Unit) {
    return makeUser(db, 'student', { passwordHash, schoolId: unit.schoolId });
  }

  /** A curriculum chapter (sector-wide), made by the system admin. */
  async function topic() {
    return ok<{ id: string }>(
      'topic',
      await callers.system_admin.client.request({
        method: 'POST',
        url: '/api/curriculum/topics',
        payload: { subjectCode: SUBJECT, grade: 6, title: `Chương ${next()}` },
      }),
    );
  }

  /** A stored question image, by its SHA-256 (images are content-addressed). */
  async function questionImage() {
    const sha256 = 'a'.repeat(64);
    const bytes = Buffer.from('GIF89a');
    await t.storage.put(`question-images/${sha256}`, Readable.from([bytes]), {
      contentType: 'image/gif',
      size: bytes.length,
    });
    return sha256;
  }

  /** A thumbnail for a material file (the media worker makes them in production). */
  async function thumbnail(fileId: string) {
    const file = await db.materialFile.findUniqueOrThrow({ where: { id: fileId } });
    const key = `thumbnails/${file.uploadId}.png`;
    const bytes = Buffer.from('PNG');
    await t.storage.put(key, Readable.from([bytes]), { contentType: 'image/png', size: bytes.length });
    await db.upload.update({ where: { id: file.uploadId }, data: { thumbnailKey: key } });
  }

  return {
    t,
    db,
    app,
    province,
    districtA,
    districtB,
    units,
    unitsOutside,
    callers,
    shared,
    next,
    signInAgain: (p: Person) => signIn(app, p.username),
    freshPerson: person,
    material,
    question,
    test,
    assignment,
    attempt,
    upload,
    storedUpload,
    liveClass,
    account,
    topic,
    questionImage,
    thumbnail,
  };
}

export type AuthzWorld = Awaited<ReturnType<typeof buildAuthzWorld>>;
