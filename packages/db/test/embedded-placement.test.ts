import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeCluster } from '../src/embedded/placement.js';
import { postgresUser } from '../src/embedded/postgres-programs.js';
import { blockedFolder, type FileOwnership } from '../src/embedded/reach.js';

const ROOT = 0;
const POSTGRES = { uid: 999, gid: 999 };
const folders: Record<string, FileOwnership> = {
  '/': { mode: 0o755, uid: ROOT, gid: ROOT },
  '/root': { mode: 0o700, uid: ROOT, gid: ROOT },
  '/root/hoclieu': { mode: 0o755, uid: ROOT, gid: ROOT },
  '/srv': { mode: 0o755, uid: ROOT, gid: ROOT },
  '/srv/hoclieu': { mode: 0o750, uid: ROOT, gid: 999 },
  '/srv/hoclieu/data': { mode: 0o700, uid: 999, gid: 999 },
  '/srv/closed': { mode: 0o751, uid: ROOT, gid: ROOT },
  '/srv/closed/bin': { mode: 0o700, uid: ROOT, gid: ROOT },
};
const statOf = (path: string) => folders[path];

describe('can the postgres user reach a folder', () => {
  it('names /root when the checkout is under it (0700)', () => {
    expect(blockedFolder('/root/hoclieu/node_modules/x/native', POSTGRES, 'rx', statOf)).toBe('/root');
    expect(blockedFolder('/root/hoclieu/.data/postgres', POSTGRES, 'x', statOf)).toBe('/root');
  });

  it('passes a folder open through the group or owned by the user', () => {
    expect(blockedFolder('/srv/hoclieu/data', POSTGRES, 'rwx', statOf)).toBeUndefined();
    expect(blockedFolder('/srv/hoclieu/data', { uid: 1000, gid: 1000 }, 'rwx', statOf)).toBe('/srv/hoclieu');
    expect(
      blockedFolder('/srv/hoclieu', { uid: 1000, gid: 1000, groups: [999] }, 'rx', statOf),
    ).toBeUndefined();
  });

  it('needs only the execute bit to pass through, and what is asked of the target itself', () => {
    expect(blockedFolder('/srv/closed', POSTGRES, 'x', statOf)).toBeUndefined();
    expect(blockedFolder('/srv/closed', POSTGRES, 'rx', statOf)).toBe('/srv/closed');
    expect(blockedFolder('/srv/closed/bin', POSTGRES, 'rx', statOf)).toBe('/srv/closed/bin');
  });

  it('counts folders still to be created as passable, and root as passing everywhere', () => {
    expect(blockedFolder('/srv/hoclieu/data/new/deeper', POSTGRES, 'rwx', statOf)).toBeUndefined();
    expect(blockedFolder('/root/hoclieu', { uid: 0, gid: 0 }, 'rwx', statOf)).toBeUndefined();
  });
});

// For real, as root: a checkout in a 0700 folder (as /root) gets its programs and data moved to a
// shared home the postgres user can enter.
describe.runIf(process.getuid?.() === 0)('placing the cluster as root', () => {
  const base = mkdtempSync(join(tmpdir(), 'hoclieu-place-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('copies programs and moves the data out of a folder closed to postgres', () => {
    const closed = join(base, 'root');
    const native = join(closed, 'checkout/node_modules/pg/native');
    mkdirSync(join(native, 'bin'), { recursive: true });
    writeFileSync(join(native, 'bin/postgres'), '#!/bin/sh\n', { mode: 0o755 });
    chmodSync(closed, 0o700);
    chmodSync(base, 0o755);
    const home = join(base, 'shared');
    const user = postgresUser();
    if (!user) throw new Error('root has a postgres user');
    const placed = placeCluster({
      programs: { native, version: '0-test' },
      dataDir: join(closed, 'checkout/.data/postgres'),
      user,
      home,
    });
    expect(placed.programs.native).toBe(join(home, 'postgresql-0-test'));
    expect(statSync(join(placed.programs.native, 'bin/postgres')).mode & 0o755).toBe(0o755);
    expect(placed.dataDir.startsWith(`${home}/`)).toBe(true);
    expect(statSync(placed.dataDir).uid).toBe(user.uid);
    expect(placed.notes.join('\n')).toContain(closed);
    expect(blockedFolder(placed.dataDir, user, 'rwx')).toBeUndefined();

    // The same checkout finds the same place again; an open data folder stays where it is.
    const again = placeCluster({
      programs: { native, version: '0-test' },
      dataDir: join(closed, 'checkout/.data/postgres'),
      user,
      home,
    });
    expect(again.dataDir).toBe(placed.dataDir);
    const open = placeCluster({ programs: again.programs, dataDir: join(base, 'open/postgres'), user, home });
    expect(open.dataDir).toBe(join(base, 'open/postgres'));
    expect(open.notes).toEqual([]);
  });
});
