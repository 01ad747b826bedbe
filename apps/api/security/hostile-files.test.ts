import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_MS, SUITE_SIZE } from '@hoclieu/db/testing/suite-size';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/helpers.js';
import { postFile } from '../test/import-files.js';
import { buildWorld, type World } from '../test/world.js';
import { type Case, hostileCases, type Route } from './hostile/cases.js';
import { manyQuestions } from './hostile/files.js';

/**
 * Crafted hostile files through the real import routes (question preview and the user import):
 * each is answered with a stable code and a Vietnamese message in under 2 s, nothing is written,
 * no entity is resolved (no file read, no network call) and the server stays healthy.
 */

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** What /etc/passwd starts with: must never come back in a response. */
const PASSWD = /root:.*:0:0:/;

let t: TestApp;
let w: World;
let canary: Server;
let canaryUrl = '';
const canaryHits: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  // An HTTP server the external entities point at: any request to it is a resolved entity.
  canary = createServer((request, response) => {
    canaryHits.push(request.url ?? '');
    response.end('<!ENTITY leak "CANARY-LEAKED">CANARY-LEAKED');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/xxe`;
});
afterAll(async () => {
  await new Promise((resolve) => canary.close(resolve));
  await t.close();
});

const snapshot = async () => ({
  questions: await t.db.question.count(),
  users: await t.db.user.count(),
  schools: await t.db.school.count(),
  classes: await t.db.class.count(),
  schoolYears: await t.db.schoolYear.count(),
  imports: await t.db.auditEntry.count({ where: { action: { startsWith: 'import.' } } }),
});

async function send(c: Case): Promise<{ response: LightMyRequestResponse; ms: number }> {
  const bytes = c.file();
  const client = c.route === 'questions' ? w.teacher.client : w.schoolAdmin.client;
  const url = c.route === 'questions' ? '/api/questions/import/preview' : `/api/imports/${c.route}`;
  const started = performance.now();
  const response = await postFile(client, url, bytes, c.fileName);
  return { response, ms: performance.now() - started };
}

/**
 * The answer a hostile file must get: a 4xx with `{ error: { code, message } }`, or, for the
 * question preview (which reports unreadable files as file-level problems, so the teacher sees them
 * next to the item problems), a 200 with no item and an error problem. Either way a stable code
 * and a Vietnamese message.
 */
function refusal(response: LightMyRequestResponse, route: Route): { code: string; message: string } {
  const body = response.json() as {
    error?: { code: string; message: string };
    items?: unknown[];
    problems?: { severity: string; code: string; message: string }[];
  };
  if (response.statusCode === 200) {
    expect(route, `a hostile file was accepted: ${response.body.slice(0, 300)}`).toBe('questions');
    expect(body.items, 'a hostile file yields no question').toEqual([]);
    const first = body.problems?.find((p) => p.severity === 'error');
    expect(first, 'a file-level error explains why').toBeDefined();
    return { code: first?.code ?? '', message: first?.message ?? '' };
  }
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  return { code: body.error?.code ?? '', message: body.error?.message ?? '' };
}

describe('hostile files through the import routes', () => {
  // 20,000 took two minutes in the Word reader (quadratic) and then one similarity query each. The
  // reader is linear now (about 0.65 s per MB of document.xml), so 5,000 questions (0.7 MB of XML in a
  // 15 KB file) must fit the 2 s budget with the cap of 500 previewed questions.
  it('previews a tiny .docx of 5,000 questions in < 2 s, capped and saying so', async () => {
    const file = manyQuestions(5_000);
    expect(file.length).toBeLessThan(100_000);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const response = await postFile(
      w.teacher.client,
      '/api/questions/import/preview',
      file,
      'nhieu-cau.docx',
    );
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.info(
      `[hostile] ${file.length}-byte .docx of 5,000 questions: ${Math.round(ms)} ms (${Math.round(cpuMs)} ms of CPU)`,
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const body = response.json() as { items: unknown[]; problems: { code: string; message: string }[] };
    expect(body.items).toHaveLength(500);
    expect(body.problems).toContainEqual(expect.objectContaining({ code: 'TOO_MANY_QUESTIONS' }));
    // The budget is wall time on a quiet machine (the full run). CI's fast subset shares two cores with
    // other suites, and there wall time measures the load (16.6 s seen beside three busy loops for 1.6 s
    // quiet, each of the similarity queries waiting for a core): there the work itself is bounded, as
    // this process's CPU time (2.1–2.3 s measured, busy or quiet).
    if (SUITE_SIZE === 'full') expect(ms).toBeLessThan(MAX_MS);
    else expect(cpuMs).toBeLessThan(5_000);
    expect(await t.db.question.count()).toBe(0);
  });

  it('answers every crafted file with a stable code and a Vietnamese message, in < 2 s, writing nothing', async () => {
    const before = await snapshot();
    const report: string[] = [];
    let maxMs = 0;
    for (const c of hostileCases(canaryUrl, w.school.code)) {
      const { response, ms } = await send(c);
      const { code, message } = refusal(response, c.route);
      report.push(`${c.name}: ${response.statusCode} ${code} (${Math.round(ms)} ms)`);
      expect
        .soft(c.codes, `${c.name}: ${response.statusCode} ${response.body.slice(0, 300)}`)
        .toContain(code);
      expect.soft(message, c.name).toMatch(VIETNAMESE);
      expect.soft(ms, `${c.name} took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS);
      expect.soft(response.body, c.name).not.toMatch(PASSWD);
      expect.soft(response.body, c.name).not.toContain('CANARY-LEAKED');
      expect.soft(response.body, c.name).not.toMatch(/lollollol/);
      maxMs = Math.max(maxMs, ms);
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode, `unhealthy after ${c.name}`).toBe(200);
    }
    console.info(`[hostile] ${report.length} files, max ${Math.round(maxMs)} ms\n  ${report.join('\n  ')}`);
    expect(await snapshot()).toEqual(before);
    expect(canaryHits, 'an external entity or href was fetched').toEqual([]);
  });
});
