import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@hoclieu/db';
import { seed } from '@hoclieu/db/seed';
import { existingProvince, generateProvince, hasBenchRows } from './generate/province.js';
import { scaleOf } from './generate/scales.js';
import { type ApiPlace, startApi } from './lib/api.js';
import { parseArgs } from './lib/args.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { benchEnv } from './lib/env.js';
import { currentCommit, describeMachine } from './lib/machine.js';
import { printTable, summarise } from './lib/report.js';
import type { BenchContext, ProvinceFacts } from './lib/scenario.js';
import { createSessions } from './lib/sessions.js';
import { scenarios } from './scenarios/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (message: string) => console.log(`[bench] ${message}`);
const env = benchEnv(process.env);
const apiPlace = (databaseUrl: string, scale: string, processes = 1): ApiPlace => ({
  root,
  databaseUrl,
  dataDir: join(root, '.data-bench', scale),
  profileDir: env.profileDir,
  path: env.path,
  processes,
});

async function province(
  db: BenchDatabase,
  scaleName: string,
): Promise<{ db: BenchDatabase; facts: ProvinceFacts }> {
  const scale = scaleOf(scaleName);
  const found = await existingProvince(db.pool, scale);
  if (found) {
    log(`reusing the ${scale.name} province (${found.students} students, ${found.questions} questions)`);
    return { db, facts: found };
  }
  if (await hasBenchRows(db.pool)) {
    if (db.kind !== 'embedded-postgres') {
      throw new Error('DATABASE_URL holds a partial or older generated province: give an empty database');
    }
    log('dropping a partial or older generated province');
    await db.pool.query(`DROP SCHEMA public CASCADE; DROP SCHEMA IF EXISTS search CASCADE;
      DROP SCHEMA IF EXISTS bench CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public`);
    await db.close();
    db = await openBenchDatabase(root, scaleName, env.databaseUrl);
  }
  const prisma = createDb({ connectionString: db.url });
  await seed(prisma, { demo: false, demoPasswordHash: async () => '' });
  await prisma.$disconnect();
  // The API creates the search schema on start; the generator writes into it before that.
  const api = await startApi(apiPlace(db.url, scaleName));
  await api.stop();
  log(`generating the ${scale.name} province`);
  return { db, facts: await generateProvince(db.pool, scale, log) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2), Object.keys(scenarios));
  if (!args.noBuild) {
    log('building the API and the web app (turbo cache makes this quick when nothing changed)');
    execSync('pnpm turbo run build --filter=@hoclieu/api --filter=@hoclieu/web --output-logs=errors-only', {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const opened = await openBenchDatabase(root, args.scale, env.databaseUrl);
  const { db, facts } = await province(opened, args.scale);
  const machine = await describeMachine(db.pool);
  const place = apiPlace(db.url, args.scale, args.processes);
  if (args.processes > 1) log(`the API runs as ${args.processes} processes (API_PROCESSES)`);
  let failures = 0;
  try {
    for (const name of args.scenarios) {
      const scenario = scenarios[name];
      if (!scenario) continue;
      log(`scenario ${name}: ${scenario.description}`);
      const api = await startApi(place);
      const started: { stop(): Promise<void> }[] = [];
      const ctx: BenchContext = {
        root,
        scale: args.scale,
        facts,
        pool: db.pool,
        databaseUrl: db.url,
        api,
        chromiumPath: env.chromiumPath,
        async startApi(extraEnv) {
          const other = await startApi(place, extraEnv);
          started.push(other);
          return other;
        },
        sessions: (userIds) => createSessions(db.pool, userIds),
        log: (message) => log(`${name}: ${message}`),
      };
      try {
        await scenario.setup?.(ctx);
        await scenario.warmup?.(ctx);
        const runs = [];
        const count = args.runs ?? scenario.runs ?? 3;
        for (let i = 0; i < count; i++) {
          runs.push(await scenario.run(ctx, i));
          ctx.log(`run ${i + 1}/${count} done`);
        }
        const verified = (await scenario.verify?.(ctx)) ?? {};
        const result = summarise({
          scenario,
          scale: args.scale,
          commit: currentCommit(),
          machine,
          runs,
          verified,
          loadGenerator:
            'undici 7 Poisson arrivals (bench/lib/arrivals.ts) / autocannon 9 closed loops, driven from bench/scenarios (same machine)',
        });
        printTable(result, runs);
        mkdirSync(join(root, 'bench/results'), { recursive: true });
        const file = join(
          root,
          'bench/results',
          `${name}${args.scale === 'full' ? '' : `.${args.scale}`}${args.processes > 1 ? `.${args.processes}-processes` : ''}.json`,
        );
        writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
        log(`${name}: ${result.pass ? 'goals met' : 'goals NOT met'} (${args.scale}); written to ${file}`);
      } catch (error) {
        failures += 1;
        console.error(`[bench] ${name} failed:`, error);
      } finally {
        await scenario.teardown?.(ctx).catch(() => undefined);
        for (const other of started) await other.stop();
        await api.stop();
      }
    }
  } finally {
    await db.close();
  }
  // Goals are judged at full scale only; a harness failure fails the command at any scale.
  process.exit(failures > 0 ? 1 : 0);
}

await main();
