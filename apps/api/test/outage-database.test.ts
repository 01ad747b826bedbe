import { describe, expect, it } from 'vitest';
import { databaseHealth } from '../src/modules/health/database-health.js';
import { fileApp } from './file-app.js';

const t = await fileApp();

describe('database that never answers', () => {
  it('reports it down once the health deadline passes instead of hanging', async () => {
    // A ping slower than the deadline, as a hung PostgreSQL would be.
    let sleeping: Promise<unknown> = Promise.resolve();
    const slowPing = () => {
      sleeping = t.db.$queryRaw`SELECT 1 FROM pg_sleep(3)`.then(() => undefined);
      return sleeping;
    };
    const started = performance.now();
    const report = await databaseHealth(slowPing, 'postgres', 200);
    // Well under the 3 s ping, with room for a busy CI machine.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report).toMatchObject({ status: 'down', kind: 'postgres', message: expect.any(String) });
    await sleeping; // its connection back in the pool before the database is dropped
    expect(await databaseHealth(() => t.db.$queryRaw`SELECT 1`, 'postgres', 200)).toMatchObject({
      status: 'ok',
    });
  });
});
