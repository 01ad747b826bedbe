import type { ImportedQuestion } from '@hoclieu/contracts';
import { exportQuestions } from '@hoclieu/question-formats';
import { atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { type Measure, Recorder } from '../lib/stats.js';
import { type Acknowledged, openAttempts, saveContinuously, type Taker } from './saving.js';

const SECONDS = { small: 8, full: 20 };
const SAVERS = { small: 50, full: 500 };
const SAVE_RATE = { small: 100, full: 500 };
/** A bank file as teachers keep them: a few thousand questions with math and solutions. */
const QUESTIONS = { small: 1500, full: 3000 };
/** Teachers importing at the same moment, each sending the next file on the last answer. */
const IMPORTERS = 2;

let teachers: BenchSession[] = [];
let takers: Taker[] = [];
let file: Buffer = Buffer.alloc(0);
const acknowledged: Acknowledged = new Map();

function bankQuestion(n: number): ImportedQuestion {
  return {
    number: String(n),
    part: null,
    type: 'single_choice',
    stem: `<p>Câu hỏi số ${n}: cho hàm số \\(y = x^2 - ${n % 9}x + 1\\). Giá trị nhỏ nhất của hàm số trên đoạn \\([0; ${(n % 5) + 2}]\\) là bao nhiêu?</p>`,
    options: (['A', 'B', 'C', 'D'] as const).map((label, i) => ({
      label,
      html: `<p>\\(${n % 7} - \\frac{${i + 1}}{4}\\)</p>`,
      correct: i === n % 4,
    })),
    statements: [],
    answer: null,
    solution: `<p>Đỉnh của parabol tại \\(x = \\frac{${n % 9}}{2}\\); so sánh giá trị tại hai đầu mút.</p>`,
    level: (['biet', 'hieu', 'van_dung'] as const)[n % 3] ?? null,
    metadata: {},
    problems: [],
    children: [],
  };
}

/** Each teacher previews the Word file again as soon as the last preview is answered. */
async function importContinuously(ctx: BenchContext, seconds: number): Promise<Measure> {
  const recorder = new Recorder();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    teachers.map(async (teacher) => {
      while (performance.now() < until) {
        const form = new FormData();
        form.append('file', new Blob([file]), 'ngan-hang-cau-hoi.docx');
        const started = performance.now();
        const response = await fetch(`${ctx.api.url}/api/questions/import/preview`, {
          method: 'POST',
          headers: { cookie: teacher.cookie, 'x-csrf-token': teacher.csrfToken },
          body: form,
        });
        await response.arrayBuffer();
        if (response.ok) recorder.ok(performance.now() - started);
        else recorder.fail();
      }
    }),
  );
  return recorder.done();
}

/**
 * Teachers previewing a large Word bank file (parsed on the API's parser thread) while students
 * keep saving answers: autosave alone, then autosave during the imports.
 */
export const imports: Scenario = {
  name: 'imports',
  description: `${IMPORTERS} teachers previewing a large Word bank file; autosave p99 alone vs during imports`,
  goals: atMost({
    'autosaveDuringImports.p99Ms': 500,
    'autosaveDuringImports.errors': 0,
    'preview.errors': 0,
  }),
  async setup(ctx) {
    const questions = Array.from({ length: QUESTIONS[ctx.scale] }, (_, i) => bankQuestion(i + 1));
    file = (await exportQuestions(questions, 'docx')).bytes;
    ctx.log(`Word file: ${questions.length} questions, ${(file.length / 1024).toFixed(0)} KB`);
    const ids = await ctx.pool.query<{ id: string }>(
      `SELECT u.id FROM "User" u WHERE u.role = 'teacher' AND u."schoolId" = (SELECT "schoolId" FROM "User" WHERE id = $1) LIMIT $2`,
      [ctx.facts.teacherId, IMPORTERS],
    );
    teachers = await ctx.sessions(ids.rows.map((r) => r.id));
    takers = await openAttempts(ctx, SAVERS[ctx.scale]);
  },
  async warmup(ctx) {
    await importContinuously(ctx, 1);
    await saveContinuously(ctx, takers, 3, acknowledged, SAVE_RATE[ctx.scale]);
  },
  async run(ctx) {
    const seconds = SECONDS[ctx.scale];
    const autosaveAlone = await saveContinuously(ctx, takers, seconds, acknowledged, SAVE_RATE[ctx.scale]);
    const [autosaveDuringImports, preview] = await Promise.all([
      saveContinuously(ctx, takers, seconds, acknowledged, SAVE_RATE[ctx.scale]),
      importContinuously(ctx, seconds),
    ]);
    return {
      groups: { autosaveAlone, autosaveDuringImports, preview },
      figures: {
        autosaveP99Rise:
          Math.round((autosaveDuringImports.p99Ms / Math.max(1, autosaveAlone.p99Ms) - 1) * 100) / 100,
      },
    };
  },
};
