import { describe, expect, it } from 'vitest';
import { quoteFilterValue, searchFilter } from '../src/meilisearch-filter.js';
import { prepareQuery, queryWords } from '../src/search-query.js';
import { search } from './search-fixtures.js';

// Pure parts both adapters rely on; the Meilisearch filter is checked here since no server runs.
describe('queryWords', () => {
  it('folds diacritics and keeps letters and digits only', () => {
    expect(queryWords(`Toán & 'lớp' "6":`)).toEqual(['toan', 'lop', '6']);
    expect(queryWords('ĐỊA LÍ  -- 100%')).toEqual(['dia', 'li', '100']);
    expect(queryWords(' :* <-> ! ')).toEqual([]);
  });
});

describe('prepareQuery', () => {
  it('computes the offset and drops empty filters', () => {
    const prepared = prepareQuery(search({ page: 3, pageSize: 10, filters: { grade: [6, '7'], type: [] } }));
    expect(prepared).toMatchObject({ offset: 20, filters: [['grade', ['6', '7']]] });
  });
});

describe('Meilisearch filter', () => {
  it('quotes values so they cannot end the string', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('ANDs the audience with each facet filter', () => {
    const prepared = prepareQuery(
      search({ audience: ['school:B', 'user:"x"'], filters: { grade: [6], subjectCode: ['TOAN', 'VAN'] } }),
    );
    expect(searchFilter(prepared)).toEqual([
      'audience IN ["school:B", "user:\\"x\\""]',
      'facets.grade IN ["6"]',
      'facets.subjectCode IN ["TOAN", "VAN"]',
    ]);
  });
});
