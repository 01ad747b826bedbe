import { parseArgs } from 'node:util';
import { errorMessage, usernameSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import pino from 'pino';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../env.js';
import { AppError } from '../http/errors.js';
import { recordAudit } from '../modules/audit/record.js';
import { createPasswordHasher, type PasswordHasher, temporaryPassword } from '../modules/auth/passwords.js';
import { checkPassword, createSystemAdmin } from '../modules/setup/system-admin.js';
import { readPassword } from './read-password.js';

export const ADMIN_USAGE = `  pnpm cli admin create --username <tên đăng nhập> --name "<họ và tên>" [--password-stdin]
  pnpm cli admin reset-password <tên đăng nhập> [--password-stdin]

  --password-stdin  đọc mật khẩu từ dòng đầu của stdin / read the password from stdin's first line
  Không có --password-stdin: hỏi mật khẩu (ẩn) nếu đang ở terminal, nếu không thì tạo một mật khẩu,
  in ra một lần, và phải đổi ở lần đăng nhập đầu.
  Without --password-stdin: asks for it (hidden) at a terminal, otherwise generates one, printed
  once, to be changed at first sign-in.`;

/** A chosen password (checked against the policy) or a generated one that must be changed. */
export interface PasswordChoice {
  password: string;
  generated: boolean;
}

/** Creates a system administrator; refused for a taken username or a password the policy refuses. */
export async function createAdminAccount(
  deps: { db: Db; passwords: PasswordHasher },
  input: { username: string; fullName: string } & PasswordChoice,
) {
  const username = usernameSchema.safeParse(input.username);
  if (!username.success)
    throw new AppError('VALIDATION_FAILED', [{ path: 'username', message: 'a-z 0-9 . _ -' }]);
  const fullName = input.fullName.trim();
  if (fullName.length < 2) throw new AppError('VALIDATION_FAILED', [{ path: 'name', message: '≥ 2' }]);
  if (!input.generated) checkPassword(input.password);
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.db.$transaction(async (tx) => {
    const user = await createSystemAdmin(
      tx,
      passwordHash,
      { username: username.data, fullName },
      'user.create',
      'command_line',
    );
    if (input.generated) await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    return user;
  });
}

/** Sets a new password on any account (a locked-out administrator), signing out its sessions. */
export async function resetPassword(
  deps: { db: Db; passwords: PasswordHasher },
  input: { username: string } & PasswordChoice,
) {
  const user = await deps.db.user.findUnique({ where: { username: input.username.trim().toLowerCase() } });
  if (!user) throw new AppError('NOT_FOUND');
  if (!input.generated) checkPassword(input.password);
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: input.generated },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.loginThrottle.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor: { userId: user.id, role: user.role, provinceId: null, districtId: null, schoolId: null },
      action: 'user.password_reset',
      resourceType: 'user',
      resourceId: user.id,
      scope: user,
      details: { username: user.username, source: 'command_line' },
    });
  });
  return user;
}

async function choosePassword(fromStdin: boolean): Promise<PasswordChoice> {
  if (fromStdin || process.stdin.isTTY) {
    const password = await readPassword({ fromStdin });
    return { password, generated: false };
  }
  return { password: temporaryPassword(14), generated: true };
}

/** `pnpm cli admin …`: returns the exit code (0 done, 1 refused, 2 wrong usage). */
export async function runAdminCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [command, target] = positionals;
  const username = command === 'create' ? values.username : target;
  if (
    !username ||
    (command === 'create' && !values.name) ||
    !['create', 'reset-password'].includes(command ?? '')
  ) {
    process.stderr.write(`Cách dùng / Usage:\n${ADMIN_USAGE}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const log = pino({ level: 'warn' });
  const infra = await bootstrap(config, log);
  const passwords = createPasswordHasher({ oneTimeKey: config.sessionSecret });
  try {
    const choice = await choosePassword(values['password-stdin']);
    const deps = { db: infra.db, passwords };
    const user =
      command === 'create'
        ? await createAdminAccount(deps, { username, fullName: values.name ?? '', ...choice })
        : await resetPassword(deps, { username, ...choice });
    process.stdout.write(
      command === 'create'
        ? `Đã tạo quản trị hệ thống "${user.username}". / System administrator "${user.username}" created.\n`
        : `Đã đặt mật khẩu mới cho "${user.username}". / New password set for "${user.username}".\n`,
    );
    if (choice.generated) {
      process.stdout.write(
        `Mật khẩu (chỉ in một lần, đổi ở lần đăng nhập đầu) / Password (printed once, change it at first sign-in): ${choice.password}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    const details = error.issues?.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    const message = `${errorMessage(error.code, 'vi')} / ${errorMessage(error.code, 'en')}`;
    process.stderr.write(`${error.code}: ${message}${details ? `\n${details}` : ''}\n`);
    return 1;
  } finally {
    await infra.close();
  }
}
