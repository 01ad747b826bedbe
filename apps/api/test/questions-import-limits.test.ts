import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyQuestions } from '../security/hostile/files.js';
import { MAX_PREVIEW_QUESTIONS } from '../src/modules/questions/import.js';
import { createTestApp, type TestApp } from './helpers.js';
import { postFile } from './import-files.js';
import { buildWorld, type World } from './world.js';

/** Regression found by security/hostile-files.test.ts: a tiny file of thousands of questions. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

describe('question import preview limits', () => {
  it('previews the first questions of a huge file and says the rest were left out', async () => {
    const response = await postFile(
      w.teacher.client,
      '/api/questions/import/preview',
      manyQuestions(600),
      'de.docx',
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const body = response.json() as {
      items: { number: string }[];
      problems: { code: string; message: string }[];
    };
    expect(body.items).toHaveLength(MAX_PREVIEW_QUESTIONS);
    expect(body.items.at(-1)?.number).toBe(`Câu ${MAX_PREVIEW_QUESTIONS}`);
    expect(body.problems).toContainEqual(
      expect.objectContaining({
        code: 'TOO_MANY_QUESTIONS',
        message: expect.stringContaining('600 câu hỏi'),
      }),
    );
  });
});
