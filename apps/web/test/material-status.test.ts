import type { MaterialDetail } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { shareStatus, submitScope } from '../src/pages/materials/material-status';
import { sessionOf } from './fake-api';

const teacher = sessionOf().user;
const officer = sessionOf({ role: 'district_officer', school: null }).user;
const provinceOfficer = sessionOf({ role: 'province_officer', school: null, district: null }).user;

function detail(overrides: Partial<MaterialDetail>): MaterialDetail {
  return {
    scope: 'private',
    requestedScope: null,
    school: { id: teacher.school?.id ?? '', name: 'Trường THCS Tiến Hoá' },
    permissions: { edit: true, submit: true, review: false, feature: false, assign: true },
    ...overrides,
  } as MaterialDetail;
}

describe('share status', () => {
  it('says private, pending at a level, or shared at a level', () => {
    expect(shareStatus({ scope: 'private', requestedScope: null })).toEqual({ kind: 'private' });
    expect(shareStatus({ scope: 'private', requestedScope: 'school' })).toEqual({
      kind: 'pending',
      level: 'school',
    });
    expect(shareStatus({ scope: 'school', requestedScope: 'district' })).toEqual({
      kind: 'pending',
      level: 'district',
    });
    expect(shareStatus({ scope: 'district', requestedScope: null })).toEqual({
      kind: 'shared',
      level: 'district',
    });
  });
});

describe('the scope "Gửi duyệt" asks for', () => {
  it('widens one level at a time', () => {
    expect(submitScope(detail({}), teacher)).toBe('school');
    expect(submitScope(detail({ scope: 'school' }), teacher)).toBe('district');
    expect(submitScope(detail({ scope: 'district' }), teacher)).toBe('province');
  });

  it('skips the levels an officer material has no unit for', () => {
    expect(submitScope(detail({ school: null }), officer)).toBe('district');
    expect(submitScope(detail({ school: null }), provinceOfficer)).toBe('province');
  });

  it('offers nothing without the submit permission', () => {
    const denied = detail({
      permissions: {
        edit: true,
        submit: false,
        review: false,
        feature: false,
        assign: true,
        reviewBlocked: null,
      },
    });
    expect(submitScope(denied, teacher)).toBeNull();
  });
});
