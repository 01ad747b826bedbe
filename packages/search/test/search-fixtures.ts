import { randomBytes } from 'node:crypto';
import type { SearchDocument, SearchIndex, SearchQuery } from '../src/index.js';

/** Opens a fresh, empty index of the adapter under test. */
export type OpenSearchIndex = (name: string) => Promise<SearchIndex>;

/** A viewer in school B, district D, whose own user token is user:x. */
const VIEWER = ['school:B', 'user:x', 'district:D'];

/** A learning material with sensible defaults; pass what the test is about. */
export function material(overrides: Partial<SearchDocument> & { id: string }): SearchDocument {
  return {
    title: 'Tài liệu',
    body: '',
    tags: [],
    facets: {},
    audience: ['district:D'],
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function search(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { text: '', audience: VIEWER, page: 1, pageSize: 20, ...overrides };
}

/** Index names unique per test, so adapters sharing storage (one Postgres table) stay isolated. */
export const uniqueIndexName = () => `test_${randomBytes(5).toString('hex')}`;

export const day = (n: number) => `2026-01-0${n}T08:00:00.000Z`;

/**
 * A small library: five materials the viewer may see (newest first: toan6, toan7, phanso, diali,
 * vanban) and `secret`, the newest and a match for most queries, visible to school A only.
 * Grades mix numbers and strings on purpose: both count as the same facet value.
 */
export const LIBRARY: SearchDocument[] = [
  material({
    id: 'toan6',
    title: 'Toán lớp 6',
    body: 'Số tự nhiên và các phép tính với số tự nhiên.',
    tags: ['số học'],
    facets: { subjectCode: 'TOAN', grade: 6, type: 'slide', scope: 'district', schoolId: null },
    updatedAt: day(5),
  }),
  material({
    id: 'toan7',
    title: 'Toán lớp 7',
    body: 'Số hữu tỉ.',
    facets: { subjectCode: 'TOAN', grade: 7, type: 'worksheet', scope: 'district', schoolId: null },
    updatedAt: day(4),
  }),
  material({
    id: 'phanso',
    title: 'Phân số',
    body: 'Bài giảng về phân số và so sánh phân số.',
    facets: { subjectCode: 'TOAN', grade: '6', type: 'slide', scope: 'school', schoolId: 'B' },
    audience: ['school:B'],
    updatedAt: day(3),
  }),
  material({
    id: 'diali',
    title: 'Địa lí lớp 6: Trái Đất',
    body: 'Hệ Mặt Trời.',
    facets: { subjectCode: 'DIA', grade: 6, type: 'video', scope: 'private', schoolId: 'B' },
    audience: ['user:x'],
    updatedAt: day(2),
  }),
  material({
    id: 'vanban',
    title: 'Ngữ văn lớp 6',
    body: 'Văn bản 1. Thánh Gióng là truyền thuyết về người anh hùng đánh giặc Ân.',
    tags: ['truyền thuyết'],
    facets: { subjectCode: 'VAN', grade: 6, type: 'worksheet', scope: 'district', schoolId: null },
    updatedAt: day(1),
  }),
  material({
    id: 'secret',
    title: 'Toán lớp 6 nâng cao',
    body: 'Phân số. Thánh Gióng. Địa lí.',
    facets: { subjectCode: 'TOAN', grade: 6, type: 'slide', scope: 'school', schoolId: 'A' },
    audience: ['school:A'],
    updatedAt: day(6),
  }),
];
