import { EmbeddedPostgresError } from '@hoclieu/db/embedded';
import type { Logger } from 'pino';
import { setupLine } from './modules/setup/token.js';

/**
 * The one line a person starting the server needs: where it runs and how to get in (the demo
 * accounts, or the first-admin setup link while no system administrator exists).
 */
export function startupLine(input: {
  url: string;
  demo: { username: string; password: string } | null;
  setupPending: boolean;
  sessionSecret: string;
}): string {
  const { url, demo } = input;
  if (input.setupPending) return setupLine(url, input.sessionSecret);
  if (demo) {
    return `Hoclieu đang chạy tại ${url}: đăng nhập "${demo.username}", mật khẩu ${demo.password} (các tài khoản mẫu: README) / Hoclieu is running at ${url}: sign in as "${demo.username}", password ${demo.password} (demo accounts: README)`;
  }
  return `Hoclieu đang chạy tại ${url} / Hoclieu is running at ${url}`;
}

/** Start-up failed: say why and what to do, in plain words, then exit (never an unhandled rejection). */
export function stopStarting(log: Logger, error: unknown): never {
  if (error instanceof EmbeddedPostgresError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    log.fatal({ err: error }, 'Không khởi động được / could not start');
  }
  process.exit(1);
}
