import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A system user as the kernel checks file permissions: uid, primary group and other groups. */
export interface SystemUser {
  uid: number;
  gid: number;
  groups?: readonly number[];
}

export interface FileOwnership {
  mode: number;
  uid: number;
  gid: number;
}

export type StatOf = (path: string) => FileOwnership | undefined;

const READ = 4;
const WRITE = 2;
const EXECUTE = 1;

/** The rwx bits (0-7) that apply to `user` on a file, as the kernel picks them (root aside). */
function bitsFor(user: SystemUser, file: FileOwnership): number {
  if (user.uid === 0) return READ | WRITE | EXECUTE;
  if (file.uid === user.uid) return (file.mode >> 6) & 7;
  if (file.gid === user.gid || user.groups?.includes(file.gid)) return (file.mode >> 3) & 7;
  return file.mode & 7;
}

const statOfDisk: StatOf = (path) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/**
 * The first folder on the way to `path` that `user` cannot pass, or `undefined` when every folder
 * above it can be entered (execute bit) and `path` itself, when it exists, grants `need`
 * ('rx' for the PostgreSQL programs, 'rwx' for a data folder, 'x' to pass through). Folders still to be created count
 * as passable: the nearest existing one is checked for what creating them needs.
 * Pure apart from `statOf`, so the rule is tested with made-up modes.
 */
export function blockedFolder(
  path: string,
  user: SystemUser,
  need: 'x' | 'rx' | 'rwx',
  statOf: StatOf = statOfDisk,
): string | undefined {
  const target = resolve(path);
  const chain: string[] = [];
  for (let p = target; ; p = dirname(p)) {
    chain.unshift(p);
    if (dirname(p) === p) break;
  }
  const wanted = { x: EXECUTE, rx: READ | EXECUTE, rwx: READ | WRITE | EXECUTE }[need];
  for (const folder of chain) {
    const file = statOf(folder);
    if (!file) return undefined; // not there yet: created later by root and handed over
    const bits = bitsFor(user, file);
    const required = folder === target ? wanted : EXECUTE;
    if ((bits & required) !== required) return folder;
  }
  return undefined;
}
