import type { MaterialDetail, MaterialSummary } from '@hoclieu/contracts';
import { sessionOf } from './fake-api';

export const MATERIAL_ID = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b01';
export const PDF_FILE_ID = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b02';
export const VIDEO_FILE_ID = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b03';
const user = sessionOf().user;
export const SCHOOL = { id: user.school?.id ?? '', name: 'Trường THCS Tiến Hoá' };

export function summaryOf(overrides: Partial<MaterialSummary> = {}): MaterialSummary {
  return {
    id: MATERIAL_ID,
    title: 'Phân số lớp 6',
    type: 'lecture',
    level: 'lower_secondary',
    grade: 6,
    subject: { code: 'toan', name: 'Toán' },
    scope: 'school',
    requestedScope: null,
    featured: false,
    author: { id: user.id, fullName: 'Trần Minh Châu' },
    school: SCHOOL,
    thumbnailFileId: null,
    viewCount: 3,
    downloadCount: 1,
    updatedAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}

const file = (id: string, name: string, preview: 'pdf' | 'video', contentType: string) => ({
  id,
  name,
  size: 2048,
  contentType,
  category: preview,
  status: 'stored' as const,
  sha256: 'ab',
  durationSeconds: preview === 'video' ? 2 : null,
  hasThumbnail: false,
  preview,
  packageUrl: null,
});

/** What the signed-in user may do with a material: by default its author's rights. */
export function permissionsOf(
  overrides: Partial<MaterialDetail['permissions']> = {},
): MaterialDetail['permissions'] {
  return {
    edit: true,
    submit: true,
    review: false,
    feature: false,
    assign: true,
    reviewBlocked: null,
    ...overrides,
  };
}

export function detailOf(overrides: Partial<MaterialDetail> = {}): MaterialDetail {
  return {
    ...summaryOf({ scope: 'private' }),
    description: 'Bài giảng về phân số.',
    tags: ['phân số'],
    licence: 'cc_by',
    topics: [],
    rejectionReason: null,
    currentVersion: 1,
    versions: [
      {
        number: 1,
        note: null,
        createdAt: '2026-11-20T08:00:00.000Z',
        files: [
          file(PDF_FILE_ID, 'Phiếu ôn tập.pdf', 'pdf', 'application/pdf'),
          file(VIDEO_FILE_ID, 'Video.mp4', 'video', 'video/mp4'),
        ],
      },
    ],
    decisions: [],
    permissions: permissionsOf(),
    approval: null,
    ...overrides,
  };
}
