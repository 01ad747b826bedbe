import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../src/package-root.js';
import { openTestDatabase, runOn, type TestDatabase } from './database.js';

/**
 * The previous release's database: `pg_dump --inserts` of release 2b83ae5 run with its demo data, a
 * quiz attempt, confirmed and pending online lessons (how it was made: test/fixtures/README.md).
 */
export const PREVIOUS_RELEASE = {
  commit: '2b83ae5',
  file: 'release-2b83ae5.sql.gz',
  /** The migrations that release had applied. */
  migrations: [
    '20261122191342_init',
    '20261122200335_materials',
    '20261122212508_question_bank',
    '20261122215342_tests_and_attempts',
    '20261122222904_online_lesson_status',
    '20261122225326_class_elective_history',
    '20261123010000_online_lesson_report_index',
    '20261123060000_question_stem_bands',
  ],
} as const;

/** The dump as plain SQL without psql's `\restrict`/`\unrestrict` lines, runnable by any client. */
export function previousReleaseSql(): string {
  const gz = readFileSync(join(packageRoot(), 'test', 'fixtures', PREVIOUS_RELEASE.file));
  return gunzipSync(gz)
    .toString('utf8')
    .split('\n')
    .filter((line) => !/^\\(un)?restrict /.test(line))
    .join('\n');
}

/**
 * A new database on the server of `serverUrl` holding the previous release's data, NOT migrated:
 * the caller runs the current migrations on it, as an upgrade does.
 */
export async function createPreviousReleaseDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `upgrade_${randomBytes(6).toString('hex')}`;
  await runOn(serverUrl, 'postgres', `CREATE DATABASE "${name}"`);
  await runOn(serverUrl, name, previousReleaseSql());
  return openTestDatabase(serverUrl, name);
}
