import type { Db } from '../client.js';
import { seedDemo } from './demo.js';
import { seedCurriculum, seedKpiTargets, seedTopics } from './reference.js';

export { DEMO_PASSWORD, DEMO_PROVINCE_CODE, seedDemo } from './demo.js';
export { seedCurriculum, seedKpiTargets, seedTopics } from './reference.js';

export interface SeedOptions {
  demo: boolean;
  /** Hash of the demo password, computed by the caller's password hasher (dependency passed in). */
  demoPasswordHash: () => Promise<string>;
}

/** Reference data on every start (idempotent), demo data once when asked for. */
export async function seed(db: Db, options: SeedOptions): Promise<{ demoCreated: boolean }> {
  await seedCurriculum(db);
  await seedKpiTargets(db);
  await seedTopics(db);
  const demoCreated = options.demo ? await seedDemo(db, await options.demoPasswordHash()) : false;
  return { demoCreated };
}
