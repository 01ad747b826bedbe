import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportResult, importResultSchema } from '@hoclieu/contracts';
import { bySize, MAX_MS } from '@hoclieu/db/testing/suite-size';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../src/index.js';

/**
 * The runner shared by the importer fuzzers: every input must end in a schema-valid result or a
 * file-level error with a stable code, within the time budget.
 */

/** Fixed so a failure replays; override with FUZZ_SEED=n. fast-check prints it with the counterexample. */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

export interface FuzzInput {
  bytes: Uint8Array;
  fileName: string;
}

export interface FuzzStats {
  name: string;
  inputs: number;
  /** Parsed to at least one question (items may still carry problems). */
  accepted: number;
  /** No question: counted by the first file-level error code. */
  rejected: Record<string, number>;
  maxMs: number;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Runs `parse` on every generated input: the result must pass the contracts' schema, every problem
 * must have a stable code and a Vietnamese message, a file without questions must say why, and no
 * input may take `MAX_MS` or more. Anything thrown fails the property (the importers never throw).
 */
export async function fuzzImporter(
  name: string,
  input: fc.Arbitrary<FuzzInput>,
  parse: (input: FuzzInput) => Promise<ImportResult>,
  numRuns: number,
): Promise<FuzzStats> {
  const stats: FuzzStats = { name, inputs: 0, accepted: 0, rejected: {}, maxMs: 0 };
  const started = Date.now();
  const run = await fc.check(
    fc.asyncProperty(input, async (generated) => {
      const t0 = performance.now();
      const result = await parse(generated);
      const ms = performance.now() - t0;
      checkResult(result);
      expect(ms, `${name}: one input took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS);
      stats.inputs += 1;
      stats.maxMs = Math.max(stats.maxMs, ms);
      if (result.questions.length) stats.accepted += 1;
      else {
        const code = result.problems.find((p) => p.severity === 'error')?.code ?? '?';
        stats.rejected[code] = (stats.rejected[code] ?? 0) + 1;
      }
    }),
    { numRuns, seed: FUZZ_SEED, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
  );
  if (run.failed) throw new Error(failureReport(name, run));
  const rejected = Object.entries(stats.rejected)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  console.info(
    `[fuzz] ${name}: ${stats.inputs} inputs, ${stats.accepted} accepted, rejected: ${rejected || 'none'}; max ${Math.round(stats.maxMs)} ms per input; ${((Date.now() - started) / 1000).toFixed(1)} s in all (seed ${FUZZ_SEED})`,
  );
  return stats;
}

type RoutedFormat = 'aiken' | 'gift' | 'moodle_xml' | 'qti';

/**
 * The two ways a fuzzed file of each format reaches its importer: named so that format detection must
 * see through it (many uploads are a "cau-hoi.txt"), or sent with its format declared.
 */
const ROUTES: Record<RoutedFormat, { detectedAs: string; declaredAs: string }> = {
  aiken: { detectedAs: 'cau-hoi.txt', declaredAs: 'aiken.txt' },
  gift: { detectedAs: 'cau-hoi.txt', declaredAs: 'cau-hoi.gift' },
  moodle_xml: { detectedAs: 'cau-hoi.xml', declaredAs: 'moodle.xml' },
  qti: { detectedAs: 'item.xml', declaredAs: 'qti.xml' },
};

/** `fuzzImporter` on generated files of `format`, half of them reaching the importer through detection. */
export function fuzzDetectedOrDeclared(
  name: string,
  files: fc.Arbitrary<Uint8Array>,
  format: RoutedFormat,
  numRuns: number,
): Promise<FuzzStats> {
  const { detectedAs, declaredAs } = ROUTES[format];
  const input = fc.tuple(files, fc.boolean()).map(([bytes, detect]) => ({
    bytes,
    fileName: detect ? detectedAs : declaredAs,
  }));
  return fuzzImporter(
    name,
    input,
    ({ bytes, fileName }) => parseQuestions(bytes, fileName, fileName === declaredAs ? { format } : {}),
    numRuns,
  );
}

/** The fuzz suite of an importer reached by detection or by declared format (`fuzzDetectedOrDeclared`). */
export function describeImporterFuzz(
  name: string,
  format: RoutedFormat,
  files: () => fc.Arbitrary<Uint8Array>,
) {
  describe(`${name} importer under hostile input`, () => {
    const runs = bySize(300, 10_000);
    it(`answers ${runs} malformed files with a result or a file-level error, each in < 2 s`, async () => {
      await fuzzDetectedOrDeclared(name, files(), format, runs);
    });
  });
}

/**
 * A short account of a failure (fast-check's own prints the whole input, megabytes for a zip): the
 * seed and path to replay it, the cause, and the input's start; the input itself is saved under
 * test-results/ for a regression test.
 */
function failureReport(name: string, run: fc.RunDetails<[FuzzInput]>): string {
  const [input] = run.counterexample ?? [];
  const bytes = Buffer.from(input?.bytes ?? []);
  const file = join('test-results', `fuzz-failure-${name.replace(/\W+/g, '-')}.bin`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(file, bytes);
  const cause = run.errorInstance instanceof Error ? run.errorInstance.stack : String(run.errorInstance);
  return [
    `${name}: property failed after ${run.numRuns} inputs (seed ${run.seed}, path "${run.counterexamplePath}"; replay with FUZZ_SEED=${run.seed})`,
    `input ${input?.fileName}: ${bytes.length} bytes saved to ${file}; starts ${JSON.stringify(bytes.subarray(0, 120).toString('latin1'))}`,
    `cause: ${cause?.split('\n').slice(0, 8).join('\n')}`,
  ].join('\n');
}

/** What every importer result must satisfy, whatever the input. */
function checkResult(result: ImportResult): void {
  importResultSchema.parse(result);
  const problems = [...result.problems, ...result.questions.flatMap(allProblems)];
  for (const problem of problems) {
    expect(problem.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(problem.message, problem.code).toMatch(VIETNAMESE);
  }
  if (!result.questions.length) {
    expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
  }
}

function allProblems(question: ImportResult['questions'][number]): ImportResult['problems'] {
  return [...question.problems, ...question.children.flatMap(allProblems)];
}
