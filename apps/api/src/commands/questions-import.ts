import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  type ImportCommitResult,
  type ImportResult,
  type QuestionImportDryRun,
  questionImportDryRunSchema,
} from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { parseQuestions } from '@hoclieu/question-formats';
import type { BlobStore } from '@hoclieu/storage';
import pino from 'pino';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../env.js';
import { loadSessionUser } from '../modules/auth/session-user.js';
import { createQuestionImport } from '../modules/questions/import.js';
import { createQuestionService } from '../modules/questions/service.js';

/** What `--dry-run` prints: the parse as is, image bytes replaced by their size. */
export function dryRunReport(file: string, parsed: ImportResult): QuestionImportDryRun {
  const all = [
    ...parsed.problems,
    ...parsed.questions.flatMap((q) => [q, ...q.children].flatMap((p) => p.problems)),
  ];
  return questionImportDryRunSchema.parse({
    file,
    format: parsed.format,
    questions: parsed.questions,
    images: parsed.images.map((i) => ({
      id: i.id,
      contentType: i.contentType,
      bytes: Buffer.from(i.dataBase64, 'base64').length,
    })),
    problems: parsed.problems,
    summary: {
      questions: parsed.questions.length,
      errors: all.filter((p) => p.severity === 'error').length,
      warnings: all.filter((p) => p.severity === 'warning').length,
    },
  });
}

export interface FileImportReport extends ImportCommitResult {
  file: string;
  author: string;
}

/** Imports a file's valid questions as drafts of `username`; invalid ones are reported, not saved. */
export async function importQuestionsFile(
  deps: { db: Db; storage: BlobStore },
  input: {
    file: string;
    bytes: Uint8Array;
    username: string;
    schoolCode?: string | undefined;
    submit: boolean;
  },
): Promise<FileImportReport> {
  const user = await deps.db.user.findUnique({
    where: { username: input.username },
    include: { school: true },
  });
  if (!user) throw new Error(`Không tìm thấy tài khoản "${input.username}".`);
  if (input.schoolCode !== undefined && user.school?.code !== input.schoolCode) {
    throw new Error(`Tài khoản "${input.username}" không thuộc trường có mã "${input.schoolCode}".`);
  }
  const session = await loadSessionUser(deps.db, user.id);
  if (!session) throw new Error(`Tài khoản "${input.username}" đã bị vô hiệu hoá.`);
  const noop = () => {};
  const imports = createQuestionImport(
    deps.db,
    deps.storage,
    createQuestionService(deps.db, noop),
    noop,
    parseQuestions,
  );
  const preview = await imports.preview(session.actor, input.file, input.bytes);
  const failed: ImportCommitResult['failed'] = [];
  const good = preview.items.flatMap((item, index) => {
    if (item.problems.some((p) => p.severity === 'error')) {
      failed.push({ index, number: item.number, problems: item.problems });
      return [];
    }
    return [{ number: item.number, content: item.content, meta: item.meta }];
  });
  const saved = good.length
    ? await imports.commit(session.actor, { items: good, submit: input.submit })
    : { created: [], failed: [] };
  return {
    file: input.file,
    author: user.username,
    created: saved.created,
    failed: [...failed, ...saved.failed],
  };
}

function describe(report: QuestionImportDryRun): string {
  const lines = [
    `${report.file}: ${report.format ?? 'không rõ định dạng'}, ${report.summary.questions} câu hỏi, ${report.summary.errors} lỗi, ${report.summary.warnings} cảnh báo`,
  ];
  for (const p of report.problems) lines.push(`  [${p.severity}] ${p.message}`);
  for (const q of report.questions) {
    lines.push(`  Câu ${q.number} (${q.type}${q.level ? `, ${q.level}` : ''})`);
    for (const p of q.problems) lines.push(`    [${p.severity}] ${p.location ?? ''} ${p.message}`);
  }
  return lines.join('\n');
}

interface Options {
  file: string;
  cwd: string;
  dryRun: boolean;
  json: boolean;
  author: string | undefined;
  school: string | undefined;
  submit: boolean;
  env: NodeJS.ProcessEnv;
}

/** The `questions import` command; returns the exit code. */
export async function runQuestionsImport(options: Options): Promise<number> {
  const path = resolve(options.cwd, options.file);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    process.stderr.write(`Không đọc được tệp ${path}: ${error.code ?? error.message}\n`);
    return null;
  });
  if (!bytes) return 2;
  const file = basename(path);
  if (options.dryRun) {
    const report = dryRunReport(file, await parseQuestions(bytes, file));
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${describe(report)}\n`);
    return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
  }
  if (!options.author) {
    process.stderr.write('Cần --author <tên đăng nhập> (hoặc --dry-run).\n');
    return 2;
  }
  const config = loadConfig(options.env);
  const infra = await bootstrap(config, pino({ level: 'warn' }, pino.destination(2)));
  try {
    const report = await importQuestionsFile(infra, {
      file,
      bytes,
      username: options.author,
      schoolCode: options.school,
      submit: options.submit,
    });
    const text = `${file}: đã lưu ${report.created.length} câu hỏi cho ${report.author}, ${report.failed.length} câu lỗi\n${report.failed
      .map((f) => `  Câu ${f.number}: ${f.problems.map((p) => p.message).join(' ')}`)
      .join('\n')}`;
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
    return report.failed.length ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await infra.close();
  }
}
