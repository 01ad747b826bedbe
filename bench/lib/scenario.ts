import type pg from 'pg';
import type { RunningApi } from './api.js';
import type { BenchSession } from './sessions.js';
import type { Measure } from './stats.js';

/** A goal on the median over runs of one metric, e.g. { metric: 'start.p95Ms', op: '<=', value: 3000 }. */
export interface Goal {
  metric: string;
  op: '<=' | '>=';
  value: number;
}

/** Goals that each metric's median stays at or under its bound: `atMost({ 'start.errors': 0 })`. */
export function atMost(bounds: Record<string, number>): Goal[] {
  return Object.entries(bounds).map(([metric, value]) => ({ metric, op: '<=', value }));
}

/** Goals that each metric's median reaches at least its bound: `atLeast({ startsPerSecond: 1000 })`. */
export function atLeast(bounds: Record<string, number>): Goal[] {
  return Object.entries(bounds).map(([metric, value]) => ({ metric, op: '>=', value }));
}

/** One measured run: latency groups (query classes, endpoints) and single figures. */
export interface RunResult {
  groups: Record<string, Measure>;
  figures?: Record<string, number>;
}

export interface BenchContext {
  root: string;
  scale: 'small' | 'full';
  /** The generated province's facts (ids and counts), see generate/province.ts. */
  facts: ProvinceFacts;
  pool: pg.Pool;
  databaseUrl: string;
  /** The API started for this scenario (default env: embedded-style local disk, PostgreSQL search). */
  api: RunningApi;
  /** Debian's Chromium (CHROMIUM_PATH), for the browser scenarios. */
  chromiumPath: string;
  /** Starts another API process on the same database (e.g. with STORAGE=minio); the caller stops it. */
  startApi(env: Record<string, string>): Promise<RunningApi>;
  sessions(userIds: string[]): Promise<BenchSession[]>;
  log(message: string): void;
}

export interface ProvinceFacts {
  scale: string;
  provinceId: string;
  provinceOfficerId: string;
  districtIds: string[];
  /** One district officer per district, in districtIds order. */
  districtOfficerIds: string[];
  schools: number;
  students: number;
  questions: number;
  materials: number;
  onlineLessons: number;
  /** A district-wide test assigned to every secondary class of the first district. */
  exam: { examId: string; assignmentId: string; teacherId: string; items: number };
  /** A teacher of the first school (uploads, question edits). */
  teacherId: string;
}

export interface Scenario {
  name: string;
  description: string;
  /** Runs measured after the warm-up (at least 3). */
  runs?: number;
  goals: Goal[];
  setup?(ctx: BenchContext): Promise<void>;
  warmup?(ctx: BenchContext): Promise<void>;
  run(ctx: BenchContext, index: number): Promise<RunResult>;
  /** Checks after the runs whose figures join the result (e.g. acknowledged saves found). */
  verify?(ctx: BenchContext): Promise<Record<string, number>>;
  teardown?(ctx: BenchContext): Promise<void>;
}
