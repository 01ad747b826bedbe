import { makeSchool } from '@hoclieu/db/testing';
import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { applyWrites } from '../src/modules/imports/apply.js';
import { type RowWrite, requireHash } from '../src/modules/imports/plan.js';
import { fileApp } from './file-app.js';

const t = await fileApp();

describe('applyWrites', () => {
  it('rolls back a failed chunk whole, reports the rows left unsaved and keeps the saved credentials', async () => {
    const school = await makeSchool(t.db);
    const create = (row: number, username: string, fail = false): RowWrite => ({
      row,
      outcome: 'created',
      account: { username, fullName: 'Học sinh thử' },
      write: async (tx, hash) => {
        const data = { username, fullName: 'Học sinh thử', role: 'student' as const, schoolId: school.id };
        await tx.user.create({
          data: { ...data, passwordHash: requireHash(hash), mustChangePassword: true },
        });
        // The user row above is written, then the chunk fails: it must not survive.
        if (fail) throw new Error('database went away');
      },
    });
    const writes = [
      create(2, 'chunk-1'),
      create(3, 'chunk-2', true),
      create(4, 'chunk-3'),
      { row: 5, outcome: 'unchanged' as const },
    ];

    const outcome = await applyWrites(t.db, createPasswordHasher(), writes, t.app.log, 1);

    expect(outcome).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    expect(outcome.credentials.map((c) => [c.row, c.username])).toEqual([[2, 'chunk-1']]);
    expect(outcome.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'IMPORT_ROW_NOT_SAVED'],
      [4, 'IMPORT_ROW_NOT_SAVED'],
    ]);
    const saved = await t.db.user.findMany({ where: { username: { startsWith: 'chunk-' } } });
    expect(saved.map((u) => u.username)).toEqual(['chunk-1']);
  });

  it('hashes a one-time password per new account and hands it out once', async () => {
    const school = await makeSchool(t.db);
    const passwords = createPasswordHasher();
    const writes: RowWrite[] = [2, 3, 4, 5, 6].map((row) => ({
      row,
      outcome: 'created',
      account: { username: `hash-${row}`, fullName: 'Học sinh thử' },
      write: async (tx, hash) => {
        const data = {
          username: `hash-${row}`,
          fullName: 'Học sinh thử',
          role: 'student' as const,
          schoolId: school.id,
        };
        await tx.user.create({ data: { ...data, passwordHash: requireHash(hash) } });
      },
    }));
    const outcome = await applyWrites(t.db, passwords, writes, t.app.log);
    expect(new Set(outcome.credentials.map((c) => c.temporaryPassword)).size).toBe(5);
    for (const credential of outcome.credentials) {
      const user = await t.db.user.findUniqueOrThrow({ where: { username: credential.username } });
      expect(await passwords.verify(user.passwordHash, credential.temporaryPassword)).toBe(true);
    }
  });
});
