import { parseArgs } from 'node:util';
import { ADMIN_USAGE, runAdminCommand } from './admin.js';
import { runQuestionsImport } from './questions-import.js';

// `pnpm cli <area> <command> [args]`: entry for administrators and scripts. Arguments are parsed
// with node:util parseArgs (no dependency for a handful of flags).
const USAGE = `Cách dùng / Usage:
${ADMIN_USAGE}

  pnpm cli questions import <tệp> --dry-run [--json]
  pnpm cli questions import <tệp> --author <tên đăng nhập> [--school <mã trường>] [--submit] [--json]

  --dry-run   chỉ đọc tệp và in các câu hỏi, không lưu / parse only, save nothing
  --json      in JSON (kiểm tra bằng schema zod trong @hoclieu/contracts) / print JSON
  --author    người soạn được ghi cho các câu hỏi / the author the questions are saved for
  --school    mã trường của người soạn, để đối chiếu / the author's school code, checked
  --submit    gửi duyệt cấp trường ngay / submit for school review at once`;

if (process.argv[2] === 'admin') {
  process.exit(await runAdminCommand(process.argv.slice(3)));
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    author: { type: 'string' },
    school: { type: 'string' },
    submit: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const [area, command, file] = positionals;
if (values.help || area !== 'questions' || command !== 'import' || !file) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

process.exitCode = await runQuestionsImport({
  file,
  // pnpm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  dryRun: values['dry-run'],
  json: values.json,
  author: values.author,
  school: values.school,
  submit: values.submit,
  env: process.env,
});
