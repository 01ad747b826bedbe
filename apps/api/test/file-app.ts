import { seed, seedCurriculum } from '@hoclieu/db/seed';
import { afterAll } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { buildWorld, type World } from './world.js';

/**
 * The app of one test file, on the file's own database, closed after its tests. Awaited at the top
 * of the file: `const t = await fileApp();`.
 */
export async function fileApp(): Promise<TestApp> {
  const t = await createTestApp();
  afterAll(() => t.close());
  return t;
}

/**
 * The file's app with the standard world built, on the curriculum or on what a fresh install seeds
 * (the curriculum and the reference data, no demo) when asked.
 */
export async function fileWorld(ground?: 'curriculum' | 'install'): Promise<{ t: TestApp; w: World }> {
  const t = await fileApp();
  if (ground === 'curriculum') await seedCurriculum(t.db);
  if (ground === 'install') await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
  return { t, w: await buildWorld(t) };
}
