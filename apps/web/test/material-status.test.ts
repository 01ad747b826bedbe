import { describe, expect, it } from 'vitest';
import { shareStatus, submitScope } from '../src/pages/materials/material-status';
import { sessionOf } from './fake-api';
import { detailOf, permissionsOf } from './material-fixtures';

const teacher = sessionOf().user;
const officer = sessionOf({ role: 'district_officer', school: null }).user;
const provinceOfficer = sessionOf({ role: 'province_officer', school: null, district: null }).user;

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
    expect(submitScope(detailOf(), teacher)).toBe('school');
    expect(submitScope(detailOf({ scope: 'school' }), teacher)).toBe('district');
    expect(submitScope(detailOf({ scope: 'district' }), teacher)).toBe('province');
  });

  it('skips the levels an officer material has no unit for', () => {
    expect(submitScope(detailOf({ school: null }), officer)).toBe('district');
    expect(submitScope(detailOf({ school: null }), provinceOfficer)).toBe('province');
  });

  it('offers nothing without the submit permission', () => {
    const denied = detailOf({ permissions: permissionsOf({ submit: false }) });
    expect(submitScope(denied, teacher)).toBeNull();
  });
});
