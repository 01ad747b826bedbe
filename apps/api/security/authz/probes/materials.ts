import { type CaseContext, probe, targetProbe } from '../matrix.js';
import {
  decisionProbe,
  reviewQueueProbe,
  searchProbe,
  sharedMaterial,
  shareRequestProbe,
} from './shareable.js';

/** A material shared with its school (visible to the school, its district office and province office). */
const schoolMaterial = (ctx: CaseContext, file?: 'pdf') =>
  ctx.world.shared(`material:school:${ctx.author.id}:${file ?? ''}`, () =>
    ctx.world.material(ctx.author, { scope: 'school', ...(file ? { file } : {}) }),
  );

/** The caller's own draft material, or another author's. */
const draft = (ctx: CaseContext) =>
  ctx.world.shared(`material:draft:${ctx.author.id}`, () => ctx.world.material(ctx.author));

export const materialProbes = [
  searchProbe(sharedMaterial),
  probe(
    'POST /api/materials',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/materials',
      payload: { title: `Bài giảng ${world.next()}`, type: 'lecture', licence: 'cc_by' },
    }),
    "no target: created in the caller's own unit",
  ),
  targetProbe('GET /api/materials/:materialId', schoolMaterial),
  probe('PATCH /api/materials/:materialId', async (ctx) => ({
    method: 'PATCH',
    url: `/api/materials/${(await draft(ctx)).id}`,
    payload: { description: 'Mô tả đã sửa' },
  })),
  reviewQueueProbe(sharedMaterial),
  probe(
    'POST /api/uploads',
    async () => ({ method: 'POST', url: '/api/uploads', payload: { fileName: 'bai.pdf', size: 1000 } }),
    'no target: a ticket for the caller',
  ),
  probe('PUT /api/uploads/:uploadId/content', async ({ world, author }) => {
    const upload = await world.upload(author);
    return {
      method: 'PUT',
      url: `/api/uploads/${upload.id}/content`,
      payload: upload.bytes,
      headers: { 'content-type': 'application/octet-stream' },
    };
  }),
  probe('POST /api/uploads/:uploadId/complete', async ({ world, author }) => ({
    method: 'POST',
    url: `/api/uploads/${(await world.upload(author, { sent: true })).id}/complete`,
  })),
  probe('POST /api/materials/:materialId/versions', async (ctx) => {
    // The file is the caller's own upload (a student has none: the author's stands in).
    const uploader =
      ctx.caller === 'anonymous' || ctx.caller === 'student' ? ctx.author : ctx.world.callers[ctx.caller];
    const upload = await ctx.world.storedUpload(uploader);
    return {
      method: 'POST',
      url: `/api/materials/${(await draft(ctx)).id}/versions`,
      payload: { uploadIds: [upload.id], note: 'Phiên bản kiểm tra' },
    };
  }),
  shareRequestProbe(sharedMaterial),
  decisionProbe(sharedMaterial),
  probe('POST /api/materials/:materialId/featured', async ({ world, unit }) => ({
    method: 'POST',
    url: `/api/materials/${(await world.material(unit.teacher, { scope: 'province' })).id}/featured`,
    payload: { featured: true },
  })),
  probe('GET /api/materials/:materialId/files/:fileId/content', async (ctx) => {
    const m = await schoolMaterial(ctx, 'pdf');
    return { method: 'GET', url: `/api/materials/${m.id}/files/${m.fileId}/content` };
  }),
  probe('GET /api/materials/:materialId/files/:fileId/thumbnail', async (ctx) => {
    const m = await schoolMaterial(ctx, 'pdf');
    await ctx.world.shared(`thumbnail:${m.fileId}`, () => ctx.world.thumbnail(m.fileId ?? ''));
    return { method: 'GET', url: `/api/materials/${m.id}/files/${m.fileId}/thumbnail` };
  }),
  probe(
    'GET /api/packages/:token/*',
    async ({ world }) => {
      const m = await world.shared('material:package', () =>
        world.material(world.units.own.teacher, { file: 'html5' }),
      );
      return { method: 'GET', url: m.packageUrl ?? '/api/packages/missing-package-url/index.html' };
    },
    'a capability: the signed token in the address is the permission',
  ),
  // The class is the second target: the caller's own is a class they teach.
  probe('POST /api/materials/:materialId/online-lessons', async (ctx) => {
    const m = await ctx.world.shared(`material:lesson:${ctx.unit.label}`, () =>
      ctx.world.material(ctx.unit.teacher, { scope: 'school' }),
    );
    return {
      method: 'POST',
      url: `/api/materials/${m.id}/online-lessons`,
      payload: { classId: ctx.unit.classId, subjectCode: 'toan', date: '2026-10-05', periods: 1 },
    };
  }),
];
