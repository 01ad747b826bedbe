import { describe, expect, it } from 'vitest';
import { createSearchEngine, createSearchIndex, type SqlQuery, searchConfigSchema } from '../src/index.js';

const query: SqlQuery = async () => [];

describe('searchConfigSchema', () => {
  it('defaults to Postgres', () => {
    expect(searchConfigSchema.parse({})).toEqual({ SEARCH: 'postgres' });
  });

  it('requires MEILI_URL for Meilisearch', () => {
    const result = searchConfigSchema.safeParse({ SEARCH: 'meilisearch' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['MEILI_URL']);
    expect(searchConfigSchema.safeParse({ SEARCH: 'meilisearch', MEILI_URL: 'meili:7700' }).success).toBe(
      false,
    );
  });

  it('reads Meilisearch settings', () => {
    const env = { SEARCH: 'meilisearch', MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'a-long-key' };
    expect(searchConfigSchema.parse(env)).toEqual(env);
  });
});

describe('createSearchEngine', () => {
  it('builds the adapter the config names', () => {
    expect(createSearchEngine(searchConfigSchema.parse({}), { query }).kind).toBe('postgres');
    const meili = searchConfigSchema.parse({ SEARCH: 'meilisearch', MEILI_URL: 'http://meili:7700' });
    expect(createSearchEngine(meili, { query }).kind).toBe('meilisearch');
  });
});

describe('createSearchIndex', () => {
  it('builds the named index in the engine the config names', () => {
    const postgres = createSearchIndex(searchConfigSchema.parse({}), { name: 'materials', query });
    expect([postgres.kind, postgres.name]).toEqual(['postgres', 'materials']);
    const meili = searchConfigSchema.parse({ SEARCH: 'meilisearch', MEILI_URL: 'http://meili:7700' });
    const index = createSearchIndex(meili, { name: 'materials', query });
    expect([index.kind, index.name]).toEqual(['meilisearch', 'materials']);
  });

  it('refuses a hand-built Meilisearch config without a URL', () => {
    expect(() => createSearchIndex({ SEARCH: 'meilisearch' }, { name: 'materials', query })).toThrow(
      /MEILI_URL/,
    );
  });
});
