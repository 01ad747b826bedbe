import { type CaseContext, probe } from '../matrix.js';

/**
 * A material the unit's teacher gave to the unit's class as an online lesson: its students see it,
 * the caller (A1's student) is in the own unit's class only. Not a SCORM package: a caller who may
 * reach it gets LECTURE_NOT_SCORM (a refusal that is not about access), anyone else 403.
 */
const classMaterial = (ctx: CaseContext) =>
  ctx.world.shared(`material:lecture:${ctx.unit.label}`, async () => {
    const m = await ctx.world.material(ctx.unit.teacher, { file: 'pdf' });
    await ctx.unit.teacher.client.request({
      method: 'POST',
      url: `/api/materials/${m.id}/online-lessons`,
      payload: { classId: ctx.unit.classId, subjectCode: 'toan', date: '2026-10-05', periods: 1 },
    });
    return m;
  });

const commit = {
  sessionId: '5b0f3d3e-4c55-4f39-9d1c-0a3f1f6b2c11',
  version: '1.2',
  completionStatus: 'incomplete',
  successStatus: 'unknown',
  lessonStatus: 'incomplete',
  score: { raw: null, min: null, max: null, scaled: null },
  sessionSeconds: 10,
  location: '',
  suspendData: '',
  exit: '',
  finished: false,
};

export const lectureProbes = [
  probe('GET /api/materials/:materialId/lecture', async (ctx) => ({
    method: 'GET',
    url: `/api/materials/${(await ctx.world.shared(`material:school:lecture:${ctx.unit.label}`, () => ctx.world.material(ctx.unit.teacher, { scope: 'school' }))).id}/lecture`,
  })),
  probe('PUT /api/materials/:materialId/lecture', async (ctx) => ({
    method: 'PUT',
    url: `/api/materials/${(await classMaterial(ctx)).id}/lecture`,
    payload: commit,
  })),
  probe('GET /api/classes/:classId/lectures', async (ctx) => ({
    method: 'GET',
    url: `/api/classes/${ctx.unit.classId}/lectures`,
  })),
  probe(
    'GET /api/me/lectures',
    async () => ({ method: 'GET', url: '/api/me/lectures' }),
    "no target: the lectures of the caller's own classes",
  ),
];
