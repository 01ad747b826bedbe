import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@hoclieu/db/embedded';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { atLeast, atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { openAttempts } from './saving.js';

/**
 * The student's light pages as a phone loads them: the quiz route (/lam-bai/<attemptId>) and the
 * practice page (/luyen-tap), both in the light quiz entry. For each, the JavaScript it transfers
 * (compressed bytes on the wire, as served by the API's static server) and Lighthouse's mobile
 * performance score, both in Debian's Chromium.
 */

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** A page measured, and what shows once it is usable. */
interface LightPage {
  url: string;
  ready: string;
}

interface QuizTarget {
  chromiumPath: string;
  session: BenchSession;
  /** The paper on screen (countdown, save status and submit button); then the practice topics. */
  pages: { quiz: LightPage; practice: LightPage };
}

let target: QuizTarget | null = null;

/** A student of one of the exam's classes, signed in, with an attempt started through the API. */
async function prepare(ctx: BenchContext): Promise<QuizTarget> {
  const [taker] = await openAttempts(ctx, 1);
  if (!taker) throw new Error(`no student in the classes of assignment ${ctx.facts.exam.assignmentId}`);
  ctx.log(`student ${taker.session.userId}, attempt ${taker.attemptId}`);
  return {
    chromiumPath: ctx.chromiumPath,
    session: taker.session,
    pages: {
      quiz: { url: `${ctx.api.url}/lam-bai/${taker.attemptId}`, ready: '.quiz-bar' },
      practice: { url: `${ctx.api.url}/luyen-tap`, ready: 'main.practice' },
    },
  };
}

/** Loads a page once in a fresh browser and sums the compressed size of every script response. */
async function measureJs(
  apiUrl: string,
  quiz: QuizTarget,
  light: LightPage,
): Promise<{ bytes: number; scripts: number; uncompressed: string[] }> {
  const browser = await chromium.launch({ executablePath: quiz.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    const [name, ...value] = quiz.session.cookie.split('=');
    await context.addCookies([{ name: name ?? 'hoclieu_session', value: value.join('='), url: apiUrl }]);
    const page = await context.newPage();
    const finished: Promise<{ bytes: number; encoding: string; url: string } | null>[] = [];
    page.on('requestfinished', (request) => {
      finished.push(
        (async () => {
          const response = await request.response();
          if (!response) return null;
          const type = response.headers()['content-type'] ?? '';
          const isScript = request.resourceType() === 'script' || /javascript/.test(type);
          if (!isScript) return null;
          const sizes = await request.sizes();
          return {
            bytes: sizes.responseBodySize,
            encoding: response.headers()['content-encoding'] ?? '',
            url: request.url(),
          };
        })(),
      );
    });
    await page.goto(light.url, { waitUntil: 'load' });
    await page.waitForSelector(light.ready, { timeout: 60_000 });
    // Chunks fetched after the first paint (lazy parts of the page) count too.
    await page.waitForLoadState('networkidle');
    const scripts = (await Promise.all(finished)).filter((s) => s !== null);
    return {
      bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
      scripts: scripts.length,
      uncompressed: scripts.filter((s) => !s.encoding && s.bytes > 1024).map((s) => s.url),
    };
  } finally {
    await browser.close();
  }
}

/** Debian's Chromium, headless, with a DevTools port for Lighthouse. */
async function launchDebuggable(chromiumPath: string): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'quiz-lighthouse-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    // Chromium's helper processes can still be writing to the profile after the browser exits
    // (ENOTEMPTY); retry, and never fail a measurement over a leftover temporary directory.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`[bench] could not remove ${profile}: ${(error as Error).message}`);
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error('Chromium did not open its DevTools port');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface LighthouseFigures {
  performanceScore: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Compressed JavaScript bytes as Lighthouse saw them (a cross-check of measureJs). */
  jsTransferBytes: number;
}

/** One Lighthouse run with the default (mobile) configuration, performance category only. */
async function runLighthouse(quiz: QuizTarget, light: LightPage): Promise<LighthouseFigures> {
  const chrome = await launchDebuggable(quiz.chromiumPath);
  try {
    const result = await lighthouse(light.url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      extraHeaders: { Cookie: quiz.session.cookie },
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.finalDisplayedUrl.includes('/dang-nhap'))
      throw new Error('Lighthouse ended on the login page: the session cookie was not accepted');
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const summary = lhr.audits['resource-summary']?.details as
      | { items?: { resourceType: string; transferSize: number }[] }
      | undefined;
    return {
      performanceScore: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      jsTransferBytes: summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
    };
  } finally {
    await chrome.stop();
  }
}

/** One page's figures, prefixed for the practice page. */
async function measurePage(
  ctx: BenchContext,
  quiz: QuizTarget,
  name: keyof QuizTarget['pages'],
  index: number,
) {
  const light = quiz.pages[name];
  const js = await measureJs(ctx.api.url, quiz, light);
  if (js.uncompressed.length > 0) ctx.log(`${name}: sent without compression: ${js.uncompressed.join(', ')}`);
  const lh = await runLighthouse(quiz, light);
  const jsKbGz = Math.round(js.bytes / 10) / 100;
  ctx.log(
    `${name} page run ${index}: ${js.scripts} scripts, ${jsKbGz} kB compressed JS; Lighthouse ${lh.performanceScore} ` +
      `(FCP ${lh.fcpMs} ms, LCP ${lh.lcpMs} ms, TBT ${lh.tbtMs} ms, CLS ${lh.cls}, JS ${Math.round(lh.jsTransferBytes / 1000)} kB with headers)`,
  );
  const prefix = name === 'quiz' ? '' : `${name}.`;
  const figures = {
    jsKbGz,
    performanceScore: lh.performanceScore,
    fcpMs: lh.fcpMs,
    lcpMs: lh.lcpMs,
    tbtMs: lh.tbtMs,
    cls: lh.cls,
  };
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [`${prefix}${key}`, value]));
}

export const quizPage: Scenario = {
  name: 'quiz-page',
  description:
    'A student opens /lam-bai/<attemptId> and /luyen-tap in Chromium: JavaScript transferred (compressed) and the Lighthouse mobile performance score of each',
  runs: 3,
  goals: [
    // Issue 19: the practice page holds the same budget.
    ...atMost({ jsKbGz: 100, 'practice.jsKbGz': 100 }),
    ...atLeast({ performanceScore: 90, 'practice.performanceScore': 90 }),
  ],
  async setup(ctx) {
    target = await prepare(ctx);
  },
  async warmup(ctx) {
    if (!target) target = await prepare(ctx);
    await measureJs(ctx.api.url, target, target.pages.quiz);
    await measureJs(ctx.api.url, target, target.pages.practice);
  },
  async run(ctx, index) {
    if (!target) target = await prepare(ctx);
    const quiz = await measurePage(ctx, target, 'quiz', index);
    const practice = await measurePage(ctx, target, 'practice', index);
    return { groups: {}, figures: { ...quiz, ...practice } };
  },
  async teardown() {
    target = null;
  },
};
