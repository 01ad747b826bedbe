import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/authz.js';
import { pendingChanges, seesPending } from '../src/materials/approval.js';
import { decidingScopes } from '../src/materials/deciders.js';
import { mayDecide } from '../src/materials/sharing.js';
import type { MaterialPlacement } from '../src/materials/visibility.js';

const actor = (role: Actor['role'], userId: string, unit: Partial<Actor> = {}): Actor => ({
  userId,
  role,
  provinceId: 'p1',
  districtId: 'd1',
  schoolId: null,
  ...unit,
});
const author = actor('teacher', 'author', { schoolId: 's1' });
const colleague = actor('teacher', 'colleague', { schoolId: 's1' });
const otherSchoolTeacher = actor('teacher', 'other', { schoolId: 's2' });
const principal = actor('school_admin', 'principal', { schoolId: 's1' });
const vicePrincipal = actor('school_admin', 'vice', { schoolId: 's1' });
const districtOfficer = actor('district_officer', 'district');

const placed = (overrides: Partial<MaterialPlacement> = {}): MaterialPlacement => ({
  authorId: 'author',
  schoolId: 's1',
  districtId: 'd1',
  provinceId: 'p1',
  scope: 'district',
  requestedScope: null,
  classIds: [],
  ...overrides,
});

describe('approval covers what others see', () => {
  it('lists what changed since the approval', () => {
    const base = { scope: 'district' as const, currentVersion: 2, approvedVersion: 1 };
    expect(pendingChanges({ ...base, title: 'b', approvedTitle: 'a' })).toEqual(['version', 'title']);
    expect(pendingChanges({ ...base, approvedVersion: 2 })).toEqual([]);
    expect(pendingChanges({ ...base, scope: 'private' })).toEqual([]);
  });

  it('shows the pending version to the author and the reviewers only', () => {
    const m = { ...placed({ requestedScope: 'district' }), approvedVersion: 1 };
    expect(seesPending(author, m)).toBe(true);
    expect(seesPending(districtOfficer, m)).toBe(true);
    expect(seesPending(otherSchoolTeacher, m)).toBe(false);
    expect(seesPending(colleague, m)).toBe(false);
    expect(seesPending(colleague, m, true)).toBe(true);
    expect(seesPending(otherSchoolTeacher, { ...m, approvedVersion: null })).toBe(true);
  });
});

describe('nobody decides their own request', () => {
  const own = placed({
    authorId: 'principal',
    scope: 'private',
    requestedScope: 'school',
    authorRole: 'school_admin',
  });
  it('sends a school admin’s own request to another school admin or the district office', () => {
    expect(decidingScopes(own)).toEqual(['school', 'district']);
    expect(mayDecide(principal, own)).toBe(false);
    expect(mayDecide(vicePrincipal, own)).toBe(true);
    expect(mayDecide(districtOfficer, own)).toBe(true);
  });
  it('keeps a teacher’s request at its own level, and refuses the one who asked', () => {
    const m = placed({ scope: 'private', requestedScope: 'school', authorRole: 'teacher' });
    expect(decidingScopes(m)).toEqual(['school']);
    expect(mayDecide(districtOfficer, m)).toBe(false);
    expect(mayDecide(principal, m)).toBe(true);
    expect(mayDecide(principal, m, 'principal')).toBe(false);
  });
});
