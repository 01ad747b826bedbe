import { aikenFile, choiceQuestion } from '../../../test/question-fixtures.js';
import { type CaseContext, list, probe } from '../matrix.js';
import { firstShareStep, multipart, reviewState } from './common.js';

const input = (n: number) => choiceQuestion(`Câu hỏi số ${n}`, { subjectCode: 'toan', grade: 6 });

/** A question shared with its school (the bank shows it to the school, district and province offices). */
const schoolQuestion = (ctx: CaseContext) =>
  ctx.world.shared(`question:school:${ctx.author.id}`, () =>
    ctx.world.question(ctx.author, { scope: 'school' }),
  );

const draft = (ctx: CaseContext) =>
  ctx.world.shared(`question:draft:${ctx.author.id}`, () => ctx.world.question(ctx.author));

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const noTarget = "no target: the caller's own bank view";

export const questionProbes = [
  list(
    'GET /api/questions',
    async ({ world }) => {
      await world.app.searchOutbox.drain();
      return { method: 'GET', url: '/api/questions?pageSize=100' };
    },
    async ({ world, caller }) => {
      const ids = await Promise.all(
        world
          .unitsOutside(caller)
          .map(
            async (unit) =>
              (
                await world.shared(`question:school:${unit.teacher.id}`, () =>
                  world.question(unit.teacher, { scope: 'school' }),
                )
              ).id,
          ),
      );
      const peer = world.units.peer.teacher;
      const draft = await world.shared(`question:draft:${peer.id}`, () => world.question(peer));
      await world.app.searchOutbox.drain();
      return caller === 'system_admin' ? ids : [...ids, draft.id];
    },
  ),
  probe(
    'POST /api/questions',
    async ({ world }) => ({ method: 'POST', url: '/api/questions', payload: input(world.next()) }),
    "no target: created in the caller's own unit",
  ),
  probe(
    'POST /api/questions/check',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/questions/check',
      payload: { content: input(world.next()).content },
    }),
    noTarget,
  ),
  probe('GET /api/questions/:questionId', async (ctx) => ({
    method: 'GET',
    url: `/api/questions/${(await schoolQuestion(ctx)).id}`,
  })),
  probe('PUT /api/questions/:questionId', async (ctx) => ({
    method: 'PUT',
    url: `/api/questions/${(await ctx.world.question(ctx.author)).id}`,
    payload: input(ctx.world.next()),
  })),
  probe('DELETE /api/questions/:questionId', async (ctx) => ({
    method: 'DELETE',
    url: `/api/questions/${(await ctx.world.question(ctx.author)).id}`,
  })),
  probe('GET /api/questions/:questionId/versions/:number', async (ctx) => ({
    method: 'GET',
    url: `/api/questions/${(await schoolQuestion(ctx)).id}/versions/1`,
  })),
  probe('POST /api/questions/tags', async (ctx) => ({
    method: 'POST',
    url: '/api/questions/tags',
    payload: { ids: [(await draft(ctx)).id], add: ['kiem-tra-quyen'] },
  })),
  probe('POST /api/questions/:questionId/share-requests', async ({ world, author }) => ({
    method: 'POST',
    url: `/api/questions/${(await world.question(author)).id}/share-requests`,
    payload: { scope: firstShareStep(author) },
  })),
  probe('POST /api/questions/:questionId/decisions', async (ctx) => ({
    method: 'POST',
    url: `/api/questions/${(await ctx.world.question(ctx.unit.teacher, reviewState(ctx))).id}/decisions`,
    payload: { decision: 'approve' },
  })),
  list(
    'GET /api/reviews/questions',
    async () => ({ method: 'GET', url: '/api/reviews/questions' }),
    async ({ world, caller }) =>
      Promise.all(
        world
          .unitsOutside(caller)
          .map(
            async (unit) =>
              (
                await world.shared(`question:review:${unit.label}`, () =>
                  world.question(unit.teacher, { requested: 'school' }),
                )
              ).id,
          ),
      ),
  ),
  probe(
    'POST /api/questions/import/preview',
    async () => ({
      method: 'POST',
      url: '/api/questions/import/preview',
      ...multipart(aikenFile('Thủ đô của Việt Nam là?\nA. Huế\nB. Hà Nội\nANSWER: B'), 'cau-hoi.txt'),
    }),
    'no target: nothing is saved',
  ),
  probe(
    'POST /api/questions/import',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/questions/import',
      payload: { items: [{ ...input(world.next()), number: 'Câu 1' }] },
    }),
    "no target: created in the caller's own unit",
  ),
  probe('POST /api/questions/export', async (ctx) => ({
    method: 'POST',
    url: '/api/questions/export',
    payload: { format: 'docx', ids: [(await schoolQuestion(ctx)).id] },
  })),
  probe(
    'GET /api/questions/word-template',
    async () => ({ method: 'GET', url: '/api/questions/word-template' }),
    'no target: a blank template',
  ),
  probe(
    'POST /api/question-images',
    async () => ({ method: 'POST', url: '/api/question-images', ...multipart(ONE_PIXEL_PNG, 'hinh.png') }),
    "no target: a content-addressed picture for the caller's own question text",
  ),
  probe(
    'GET /api/question-images/:sha256',
    async ({ world }) => ({
      method: 'GET',
      url: `/api/question-images/${await world.shared('image', () => world.questionImage())}`,
    }),
    'a capability: images are addressed by the SHA-256 of their bytes, known only from a visible question',
  ),
];
