import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const SHOWN_ELSEWHERE = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'msg',
  'err',
  'req',
  'res',
  'responseTime',
]);
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface Entry {
  level?: number;
  time?: number;
  msg?: string;
  err?: { stack?: string; message?: string };
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  [key: string]: unknown;
}

/** One log entry as a person reads it: Vietnam time, level, message, request, other fields, stack. */
export function humanLine(entry: Entry): string {
  const parts = [
    clock.format(new Date(entry.time ?? Date.now())),
    (LEVELS[entry.level ?? 30] ?? 'INFO').padEnd(5),
  ];
  if (entry.req) parts.push(`${entry.req.method} ${entry.req.url}`);
  if (entry.res) parts.push(`${entry.res.statusCode}`);
  if (typeof entry.responseTime === 'number') parts.push(`${Math.round(entry.responseTime)}ms`);
  if (entry.msg) parts.push(entry.msg);
  for (const [key, value] of Object.entries(entry)) {
    if (!SHOWN_ELSEWHERE.has(key))
      parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  const stack = entry.err?.stack ?? entry.err?.message;
  return `${parts.join(' ')}${stack ? `\n${stack}` : ''}\n`;
}

/** A destination that turns pino's JSON lines into humanLine()s. */
function humanStream(out: NodeJS.WritableStream): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      let end = pending.indexOf('\n');
      while (end >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        try {
          out.write(humanLine(JSON.parse(line) as Entry));
        } catch {
          out.write(`${line}\n`);
        }
        end = pending.indexOf('\n');
      }
      done();
    },
  });
}

/**
 * The process's logger: JSON lines in production (for the log collector), one readable line per
 * entry otherwise (a person at a terminal). A few lines of formatting instead of a pretty-printer
 * dependency and its worker thread.
 */
export function createLogger(config: { logLevel: string; nodeEnv: string }): Logger {
  const options = {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
  };
  if (config.nodeEnv === 'production') return pino(options);
  return pino({ ...options, base: undefined }, humanStream(process.stdout));
}
