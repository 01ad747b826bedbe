import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** Clock ticks a second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds spent so far by the API (all its processes), PostgreSQL (all backends) and this load generator. */
export interface CpuSample {
  apiMs: number;
  postgresMs: number;
  generatorMs: number;
}

function cpuMsOf(pid: string): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0; // exited between listing and reading
  }
}

function childrenOf(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
  } catch {
    return [];
  }
}

/** The process and all its descendants. */
function treeOf(pid: string): string[] {
  return [pid, ...childrenOf(pid).flatMap(treeOf)];
}

function parentOf(pid: string): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '';
}

/** The bench cluster's postmaster: the parent of one of its backends (other clusters are not counted). */
export async function postmasterOf(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return parentOf(String(rows[0]?.pid));
}

/**
 * Where the CPU goes, read from /proc: the difference of two samples divided by the work done gives
 * the CPU each part spends per request.
 */
export function sampleCpu(apiPid: number, postmasterPid: string): CpuSample {
  const usage = process.cpuUsage();
  return {
    apiMs: treeOf(String(apiPid)).reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    postgresMs: treeOf(postmasterPid).reduce((sum, pid) => sum + cpuMsOf(pid), 0),
    generatorMs: (usage.user + usage.system) / 1000,
  };
}

/** CPU milliseconds per unit of work between two samples, per part. */
export function cpuPerUnit(before: CpuSample, after: CpuSample, units: number): CpuSample {
  const per = (key: keyof CpuSample) =>
    Math.round(((after[key] - before[key]) / Math.max(1, units)) * 1000) / 1000;
  return { apiMs: per('apiMs'), postgresMs: per('postgresMs'), generatorMs: per('generatorMs') };
}
