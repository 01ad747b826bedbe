import { endpoints, materialSearchQuerySchema } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { endpointUrl } from '../src/api/api-client';
import {
  clearFilters,
  librarySearchSchema,
  materialSearchQuery,
  selectedValues,
  toggleFacet,
} from '../src/pages/materials/material-search';

const SCHOOL = '0e7d8f4e-1d5b-4e44-9a51-11a6f0d2e003';
const searchUrl = (query: ReturnType<typeof materialSearchQuery>) =>
  endpointUrl(endpoints.materials.search, undefined, query);

describe('library search state', () => {
  it('reads facet lists from the address bar: `a,b`, a single parsed number, junk dropped', () => {
    const search = librarySearchSchema.parse({
      q: 'phan so',
      subject: 'toan,ngu-van',
      grade: 6,
      type: 'video,khong-co',
      school: 'not-a-uuid',
      page: '2',
    });
    expect(search).toEqual({ q: 'phan so', subject: ['toan', 'ngu-van'], grade: [6], page: 2 });
    expect(librarySearchSchema.parse({ grade: '6,7' }).grade).toEqual([6, 7]);
  });

  it('builds the API query: facet lists as comma lists, empty ones left out', () => {
    const query = materialSearchQuery(
      { q: ' toan lop 6 ', subject: ['toan', 'ngu-van'], grade: [6, 7], school: [SCHOOL] },
      { mine: false, pageSize: 12 },
    );
    expect(searchUrl(query)).toBe(
      `/api/materials?q=toan+lop+6&subjectCode=toan%2Cngu-van&grade=6%2C7&schoolId=${SCHOOL}&page=1&pageSize=12`,
    );
    expect(searchUrl(materialSearchQuery({ scope: ['school'], page: 3 }, { mine: true, pageSize: 24 }))).toBe(
      '/api/materials?scope=school&mine=true&page=3&pageSize=24',
    );
  });

  it('the API reads back what the web sends', () => {
    const query = materialSearchQuery(
      { subject: ['toan'], grade: [6, 7], type: ['video'] },
      { mine: true, pageSize: 12 },
    );
    const parsed = materialSearchQuerySchema.parse(query);
    expect(parsed).toMatchObject({
      subjectCode: ['toan'],
      grade: [6, 7],
      type: ['video'],
      mine: true,
      pageSize: 12,
    });
  });

  it('toggles a facet value, back to page 1, dropping an emptied list', () => {
    const start = { q: 'x', grade: [6], page: 4 };
    const added = toggleFacet(start, 'grade', '7');
    expect(added).toEqual({ q: 'x', grade: [6, 7], page: undefined });
    expect(selectedValues(added, 'grade')).toEqual(['6', '7']);
    const removed = toggleFacet(toggleFacet(added, 'grade', '6'), 'grade', '7');
    expect(removed.grade).toBeUndefined();
    expect(toggleFacet(start, 'subjectCode', 'toan').subject).toEqual(['toan']);
    expect(clearFilters({ q: 'x', subject: ['toan'], scope: ['school'] })).toEqual({ q: 'x' });
  });
});
