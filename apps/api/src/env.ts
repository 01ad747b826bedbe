import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchConfigSchema } from '@hoclieu/search';
import { storageConfigSchema } from '@hoclieu/storage';
import { z } from 'zod';
import {
  type ConnectionBudget,
  defaultConnectionsPerProcess,
  MIN_DATABASE_CONNECTIONS,
  splitConnections,
} from './connection-budget.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Fastify's `trustProxy`: which peers' X-Forwarded-For/-Proto/-Host are believed. */
export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function proxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [ip, bits, ...rest] = entry.split('/');
  const version = isIP(ip ?? '');
  if (!version || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (default: no proxy, X-Forwarded-* ignored), `loopback` (a reverse proxy on
 * the same machine, as the Debian recipe sets), a comma-separated list of addresses, CIDR ranges or
 * `loopback`/`linklocal`/`uniquelocal`, a number of proxy hops, or `true`. A client not behind a
 * trusted proxy cannot then choose its own address (the login limits are per address), claim HTTPS
 * or name the host the CSRF origin check compares with.
 */
const trustProxySchema = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): TrustProxy => {
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const bad = entries.filter((entry) => !proxyAddress(entry));
    if (entries.length === 0 || bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not an address, CIDR range, hop count or true/false: ${bad.join(', ') || '(empty)'}`,
      });
      return z.NEVER;
    }
    return entries;
  });

const apiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Embedded default's home: Postgres cluster, uploaded files, generated session secret. */
  DATA_DIR: z.string().default(join(repoRoot, '.data')),
  /** Unset: embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  /**
   * API processes serving requests (node's cluster; default one per core, 1: no cluster). The first
   * process does the once-only work (embedded PostgreSQL, migrations, demo data) and supervises them.
   */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  /**
   * PostgreSQL connections each API process may hold in all (split in connection-budget.ts); all
   * processes together hold API_PROCESSES times this. Default: 44, or 88 shared above 2 processes.
   */
  DATABASE_CONNECTIONS: z.coerce.number().int().min(MIN_DATABASE_CONNECTIONS).optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  /** Load the demo province, schools and accounts (default: only on the embedded default). */
  SEED_DEMO: flag.optional(),
  /** The session cookie only over HTTPS; default true in production (false: a plain-HTTP intranet). */
  COOKIE_SECURE: flag.optional(),
  TRUST_PROXY: trustProxySchema,
  WEB_DIST: z.string().default(join(repoRoot, 'apps/web/dist')),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Longest a question file may take to parse, waiting for a parser thread included (default 30 s). */
  IMPORT_PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Largest material file (default 2 GB). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024 * 1024),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  dataDir: string;
  /** Undefined: start embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Processes serving requests (API_PROCESSES). */
  apiProcesses: number;
  /** Prisma, plain pool and job queue shares of DATABASE_CONNECTIONS (per process). */
  connections: ConnectionBudget;
  sessionSecret: string;
  seedDemo: boolean;
  cookieSecure: boolean;
  trustProxy: TrustProxy;
  webDist: string;
  importMaxBytes: number;
  importParseTimeoutMs: number;
  uploadMaxBytes: number;
  loginRateLimitPerMinute: number;
  storage: z.output<typeof storageConfigSchema>;
  search: z.output<typeof searchConfigSchema>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The embedded default keeps a generated secret under DATA_DIR so sessions survive restarts. */
function embeddedSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`).join('; ');
}

/** Parses the environment once at start-up; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = apiEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid environment: ${describe(parsed.error)}`);
  const storage = storageConfigSchema.safeParse(env);
  if (!storage.success) throw new ConfigError(`Invalid storage environment: ${describe(storage.error)}`);
  const search = searchConfigSchema.safeParse(env);
  if (!search.success) throw new ConfigError(`Invalid search environment: ${describe(search.error)}`);
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  if (!e.SESSION_SECRET && !embedded && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'SESSION_SECRET (at least 32 characters) is required in production with DATABASE_URL',
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    apiProcesses: e.API_PROCESSES,
    connections: splitConnections(e.DATABASE_CONNECTIONS ?? defaultConnectionsPerProcess(e.API_PROCESSES)),
    sessionSecret: e.SESSION_SECRET ?? embeddedSessionSecret(e.DATA_DIR),
    seedDemo: e.SEED_DEMO ?? embedded,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    webDist: e.WEB_DIST,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    importParseTimeoutMs: e.IMPORT_PARSE_TIMEOUT_MS,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    storage: storage.data,
    search: search.data,
  };
}

/** Where browsers PUT presigned uploads: the app's CSP must let them connect there. */
export function presignedUploadOrigins(config: Config): string[] {
  const s = config.storage;
  if (s.STORAGE !== 'minio') return [];
  if (s.MINIO_PUBLIC_URL) return [new URL(s.MINIO_PUBLIC_URL).origin];
  return [`${s.MINIO_USE_SSL ? 'https' : 'http'}://${s.MINIO_ENDPOINT}:${s.MINIO_PORT}`];
}
