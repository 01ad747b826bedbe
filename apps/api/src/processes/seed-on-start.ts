import { DEMO_PASSWORD, seed } from '@hoclieu/db/seed';
import { seedDemoDeliveryRecords } from '../demo/delivery-records.js';
import { seedDemoExam } from '../demo/exams.js';
import { seedDemoMaterials } from '../demo/materials.js';
import { seedDemoPractice } from '../demo/practice.js';
import { seedDemoQuestions } from '../demo/questions.js';
import { PROCESS_UPLOAD } from '../modules/materials/processing.js';
import type { ProcessDeps } from './process-deps.js';

/**
 * The start-up work done once however many processes serve (by the first process, before the
 * others start): the province's fixed data, and the demo data when SEED_DEMO asks for it. The
 * search outbox rows the demo writes are applied by the serving processes' first drain.
 */
export async function seedOnStart(deps: ProcessDeps & { seedDemo: boolean }): Promise<void> {
  const { infra, seedDemo, passwords, jobs, log } = deps;
  const { db } = infra;
  const clock = () => new Date();
  const onChange = () => undefined;
  const seeded = await seed(db, {
    demo: seedDemo,
    demoPasswordHash: () => passwords.hash(DEMO_PASSWORD),
  });
  if (seeded.demoCreated) log.info('demo data created (see README: demo accounts)');
  if (!seedDemo) return;
  if ((await db.material.count({ where: { tags: { has: 'demo' } } })) === 0) {
    await seedDemoMaterials({
      db,
      storage: infra.storage,
      onChange,
      enqueueProcessing: (uploadId) => jobs.send(PROCESS_UPLOAD, { uploadId }),
    });
    log.info('demo materials created');
  }
  if ((await db.question.count({ where: { tags: { has: 'demo' } } })) === 0) {
    await seedDemoQuestions({ db, onChange });
    await seedDemoExam({ db, clock });
    log.info('demo questions and exam created');
  }
  if ((await db.question.count({ where: { tags: { has: 'luyen-tap' } } })) === 0) {
    await seedDemoPractice({ db, onChange });
    log.info('demo practice questions created');
  }
  await seedDemoDeliveryRecords({ db, clock });
}
