import type { Actor } from '../authz.js';

/** A test (đề kiểm tra) as permissions see it: who wrote it and in which school. */
export interface TestPlace {
  authorId: string;
  schoolId: string | null;
}

/** Staff write tests (and draw them from a matrix); students only sit them. */
export function mayWriteTests(actor: Actor): boolean {
  return actor.role !== 'student';
}

/** The author manages a test; the school admin of its school and the system admin may read it. */
export function mayReadTest(actor: Actor, test: TestPlace): boolean {
  return (
    mayWriteTests(actor) &&
    (actor.userId === test.authorId ||
      actor.role === 'system_admin' ||
      (actor.role === 'school_admin' && !!test.schoolId && test.schoolId === actor.schoolId))
  );
}

/** Editing, assigning and correcting a test: its author, or the system admin. */
export function mayManageTest(actor: Actor, test: TestPlace): boolean {
  return mayReadTest(actor, test) && (test.authorId === actor.userId || actor.role === 'system_admin');
}
