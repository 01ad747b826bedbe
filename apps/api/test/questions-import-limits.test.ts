import { createParsePool, ParseTooCostlyError } from '@hoclieu/question-formats/parse-pool';
import { describe, expect, it } from 'vitest';
import { manyQuestions } from '../security/hostile/files.js';
import { MAX_PREVIEW_QUESTIONS } from '../src/modules/questions/import.js';
import { fileWorld } from './file-app.js';
import { createTestApp } from './helpers.js';
import { postFile } from './import-files.js';
import { buildWorld } from './world.js';

/** Regression found by security/hostile-files.test.ts: a tiny file of thousands of questions. */

const { w } = await fileWorld();

/** About 2.4 MB of document XML: a second or more of synchronous parsing. */
const SLOW_FILE = manyQuestions(20_000);

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

describe('question files are parsed on worker threads with limits', () => {
  it('stops a file that takes longer than the limit, answers why, and parses the next file', async () => {
    // Long enough to start a thread and read a small file on a busy machine; the slow file needs
    // about 9 s (60,000 questions, 7 MB of document XML).
    const hurried = await createTestApp({ importParseTimeoutMs: 3000 });
    try {
      const teacher = await buildWorld(hurried).then((world) => world.teacher.client);
      // A synchronous parse on the request's thread could not be interrupted: this one is.
      const slow = await postFile(
        teacher,
        '/api/questions/import/preview',
        manyQuestions(60_000),
        'de-thi.docx',
      );
      expect(slow.statusCode, slow.body.slice(0, 300)).toBe(422);
      expect(slow.json()).toMatchObject({
        error: { code: 'QUESTION_FILE_TOO_COSTLY', message: expect.stringContaining('nhiều tệp nhỏ hơn') },
      });
      const next = await postFile(teacher, '/api/questions/import/preview', manyQuestions(2), 'de.docx');
      expect(next.statusCode, next.body.slice(0, 300)).toBe(200);
      expect((next.json() as { items: unknown[] }).items).toHaveLength(2);
    } finally {
      await hurried.close();
    }
  });

  it('stops a thread whose document outgrows its memory, not the server', async () => {
    const pool = createParsePool({ memoryMb: 64 });
    try {
      await expect(pool.parse(SLOW_FILE, 'de-thi.docx')).rejects.toBeInstanceOf(ParseTooCostlyError);
      const small = await pool.parse(manyQuestions(3), 'de.docx');
      expect(small.questions).toHaveLength(3);
    } finally {
      await pool.close();
    }
  });
});
