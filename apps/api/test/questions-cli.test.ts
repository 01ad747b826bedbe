import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ImportedQuestion, questionImportDryRunSchema } from '@hoclieu/contracts';
import { emptyQuestion, exportQuestions, parseQuestions } from '@hoclieu/question-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRunReport, importQuestionsFile } from '../src/commands/questions-import.js';
import { createTestApp, type TestApp } from './helpers.js';
import { buildWorld, type World } from './world.js';

const question = (number: string, stem: string, correct: boolean): ImportedQuestion => ({
  ...emptyQuestion(number, 'single_choice'),
  part: 'I',
  stem,
  options: [
    { label: 'A', html: 'Hà Nội', correct },
    { label: 'B', html: 'Huế', correct: false },
  ],
  level: 'biet',
});

const QUESTIONS = [
  question('1', 'Thủ đô của Việt Nam là', true),
  question('2', 'Câu chưa có đáp án đúng', false),
];
const AIKEN = 'Thủ đô của Việt Nam là?\nA. Hà Nội\nB. Huế\nANSWER: A\n';
const GIFT = '::Thủ đô:: Thủ đô của Việt Nam là {=Hà Nội ~Huế}\n';

/** One file per supported format, written by our own exporters where we have one. */
async function sampleFiles(): Promise<[string, Buffer][]> {
  const files: [string, Buffer][] = [
    ['cau-hoi.txt', Buffer.from(AIKEN)],
    ['cau-hoi.gift', Buffer.from(GIFT)],
  ];
  for (const format of ['moodle_xml', 'qti3', 'docx'] as const) {
    const file = await exportQuestions(QUESTIONS, format);
    files.push([file.fileName, file.bytes]);
  }
  return files;
}

describe('pnpm cli questions import --dry-run --json', () => {
  it('reports every supported format as JSON that the contract schema accepts', async () => {
    const seen = new Set<string | null>();
    for (const [name, bytes] of await sampleFiles()) {
      const report = dryRunReport(name, await parseQuestions(bytes, name));
      expect(questionImportDryRunSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
      expect(report.summary.questions, name).toBeGreaterThan(0);
      seen.add(report.format);
    }
    expect([...seen].sort()).toEqual(['aiken', 'docx', 'gift', 'moodle_xml', 'qti']);
  });

  it('prints valid JSON on stdout when run as a command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoclieu-cli-'));
    const path = join(dir, 'de.xml');
    writeFileSync(path, (await exportQuestions(QUESTIONS, 'moodle_xml')).bytes);
    const { stdout } = await promisify(execFile)(
      'pnpm',
      ['--silent', 'run', 'cli', 'questions', 'import', path, '--dry-run', '--json'],
      { cwd: join(import.meta.dirname, '..') },
    );
    const report = questionImportDryRunSchema.parse(JSON.parse(stdout));
    expect(report.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(report.summary.errors).toBe(1);
  }, 60_000);
});

describe('pnpm cli questions import (saving)', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('saves the valid questions for the given author and school and reports the rest', async () => {
    const bytes = (await exportQuestions(QUESTIONS, 'moodle_xml')).bytes;
    const report = await importQuestionsFile(t, {
      file: 'de.xml',
      bytes,
      username: w.teacher.user.username,
      schoolCode: w.school.code,
      submit: false,
    });
    expect(report.created).toHaveLength(1);
    expect(report.failed.map((f) => f.number)).toEqual(['2']);
    const saved = await t.db.question.findMany({ where: { authorId: w.teacher.user.id } });
    expect(saved.map((q) => [q.schoolId, q.scope])).toEqual([[w.school.id, 'private']]);
  });

  it('refuses an author who is not in the given school', async () => {
    const bytes = Buffer.from(AIKEN);
    await expect(
      importQuestionsFile(t, {
        file: 'a.txt',
        bytes,
        username: w.teacher.user.username,
        schoolCode: w.sameDistrictSchool.code,
        submit: false,
      }),
    ).rejects.toThrow(/không thuộc trường/);
  });
});
