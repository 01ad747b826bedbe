import { makeUser } from '@hoclieu/db/testing';
import { signIn, type TestApp } from '../../test/helpers.js';
import { ok } from './ok-response.js';
import { assessmentMakers } from './world-assessments.js';
import { libraryMakers } from './world-library.js';
import { buildOrgUnits, type Person, SUBJECT, type Unit } from './world-org.js';

export type { Person, Unit } from './world-org.js';

/**
 * The matrix's world: the org units and callers of world-org.ts, and resources made on demand, by
 * their owners through the API, fresh for a state-changing case or shared (cached) for reads.
 */
export async function buildAuthzWorld(t: TestApp) {
  const { db, app } = t;
  const org = await buildOrgUnits(t);
  const { province, districtA, districtB, passwordHash, person, units, unitsOutside, callers } = org;

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

  const library = libraryMakers(t, next);
  const assessments = assessmentMakers(t, library.question, next);

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
    ...library,
    ...assessments,
    liveClass,
    account,
    topic,
  };
}

export type AuthzWorld = Awaited<ReturnType<typeof buildAuthzWorld>>;
