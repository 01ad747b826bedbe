import { aikenFile, choiceQuestion } from '../../../test/question-fixtures.js';
import { type CaseContext, probe, targetProbe } from '../matrix.js';
import { multipart } from './common.js';
import {
  decisionProbe,
  reviewQueueProbe,
  searchProbe,
  sharedQuestion,
  shareRequestProbe,
} from './shareable.js';
import { untargetedGet } from './untargeted.js';

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
  searchProbe(sharedQuestion),
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
  targetProbe('GET /api/questions/:questionId', schoolQuestion),
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
  shareRequestProbe(sharedQuestion),
  decisionProbe(sharedQuestion),
  reviewQueueProbe(sharedQuestion),
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
  untargetedGet('/api/questions/word-template', 'no target: a blank template'),
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
