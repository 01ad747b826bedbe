import type { Db } from '@hoclieu/db';
import { type Actor, mayManageTest, mayReadTest, mayWriteTests } from '@hoclieu/domain';
import { forbidden } from '../../http/errors.js';
import { loadTest, type TestRow } from './repository.js';

/** A test the actor may read (`mayReadTest`); a student is refused before the test is looked up. */
export async function readableTest(db: Db, actor: Actor, testId: string): Promise<TestRow> {
  if (!mayWriteTests(actor)) throw forbidden();
  const test = await loadTest(db, testId);
  if (!mayReadTest(actor, test)) throw forbidden();
  return test;
}

/** A test the actor may edit, assign and correct (`mayManageTest`). */
export async function managedTest(db: Db, actor: Actor, testId: string): Promise<TestRow> {
  const test = await readableTest(db, actor, testId);
  if (!mayManageTest(actor, test)) throw forbidden();
  return test;
}
