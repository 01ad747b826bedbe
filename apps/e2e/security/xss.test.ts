import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Browser, DESKTOP, launchBrowser } from '../browser/browser.js';
import { heading, signIn } from '../browser/journey.js';
import { createFixtures, type Fixtures, plain } from './xss-fixtures.js';
import { inspectPage, trapScript } from './xss-page-inspection.js';

/**
 * Hostile HTML in every rich-text field, entered through the API as a teacher, then rendered by
 * the real server and web app in Chromium: no payload may run (a window flag, a dialog), none may
 * even reach the page in a form the CSP has to stop (a violation report), and the text around the
 * payloads stays readable.
 */
const baseUrl = inject('baseUrl');

describe('XSS payloads in every rich-text field, as rendered in Chromium', () => {
  let browser: Browser;
  let fixtures: Fixtures;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    fixtures = await createFixtures();
    browser = await launchBrowser();
    await browser.context.addInitScript(trapScript);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Each test answers for its own pages: what one saw must not fail the next.
  beforeEach(() => {
    dialogs.length = 0;
    errors.length = 0;
  });

  async function newPage(username: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.setViewportSize(DESKTOP);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(`console: ${message.text()}`);
    });
    await signIn(page, baseUrl, username);
    return page;
  }

  /** Pokes the content the way a user would (hover, click what looks clickable), then inspects it. */
  async function expectInert(page: Page, where: string) {
    await page.waitForLoadState('networkidle');
    const content = (selector: string) => page.locator(selector).filter({ visible: true });
    for (const paragraph of (await content('.rich-content p, .quiz-html p').all()).slice(0, 40))
      await paragraph.hover({ timeout: 1000 }).catch(() => undefined);
    for (const link of await content('.rich-content a, .quiz-html a, .katex a').all())
      await link.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined);
    await page.waitForTimeout(300);
    const findings = await page.evaluate(inspectPage);
    expect(findings, where).toEqual({ ran: null, csp: [], dangerous: [] });
    expect(dialogs, where).toEqual([]);
    expect(errors, where).toEqual([]);
  }

  /** Opens every solution (each button turns into "Ẩn lời giải" once clicked). */
  async function showSolutions(page: Page) {
    const button = page.getByRole('button', { name: 'Xem lời giải' });
    await button.first().waitFor();
    for (let i = 0; i < 20 && (await button.count()) > 0; i++) await button.first().click();
    expect(await page.getByRole('button', { name: 'Ẩn lời giải' }).count()).toBeGreaterThan(0);
  }

  /** The page shows the text around the payloads, and a payload typed as text as that text. */
  async function expectText(page: Page, texts: string[]) {
    for (const text of texts) await expect(page.getByText(text).first().waitFor()).resolves.toBeUndefined();
  }

  it('catches a payload that does reach the page (the detector works)', async () => {
    const page = await newPage('giaovien');
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="/x.png" onerror="window.__xss=1">'),
    );
    // The report comes once the image has failed to load, later on a loaded machine than on a quiet one.
    await page.waitForFunction(() =>
      (window as unknown as { __csp: string[] }).__csp.some((report) => report.startsWith('script-src-attr')),
    );
    const findings = await page.evaluate(inspectPage);
    // The CSP stops the handler, reports it, and the attribute is found.
    expect(findings.ran).toBeNull();
    expect(findings.csp.join()).toMatch(/script-src-attr/);
    expect(findings.dangerous).toContain('img[onerror]');
    await page.close();
  });

  it('the question page shows stem, options, statements, group, solution and rubric inert', async () => {
    const page = await newPage('giaovien');
    for (const [n, id] of fixtures.questionIds.entries()) {
      await page.goto(`${baseUrl}/ngan-hang-cau-hoi/${id}`);
      await page.locator('.rich-content').first().waitFor();
      // The essay has a rubric and no solution.
      if (n < 3) await showSolutions(page);
      const label = ['câu một chọn', 'câu đúng sai', 'đoạn văn chung', 'câu tự luận'][n] ?? '';
      await expectText(page, [
        `Đầu ${label}`,
        `Cuối ${label}`,
        'Chữ <script>alert(1)</script> hiển thị như chữ',
      ]);
      await expectInert(page, `question ${n + 1}`);
    }
    await expectText(page, ['Đầu hướng dẫn chấm']);
    await page.close();
  });

  it('the editor loads the same content and previews it inert', async () => {
    const page = await newPage('giaovien');
    await page.goto(`${baseUrl}/ngan-hang-cau-hoi/${fixtures.questionIds[0]}`);
    await page.getByRole('button', { name: 'Sửa', exact: true }).click();
    await page.locator('.rich-content').first().waitFor();
    await expectInert(page, 'editor');
    await page.close();
  });

  it('the bank, the test page and the review queues show them inert', async () => {
    const teacher = await newPage('giaovien');
    await teacher.goto(`${baseUrl}/ngan-hang-cau-hoi?q=${encodeURIComponent('câu một chọn')}`);
    await heading(teacher, 'Ngân hàng câu hỏi');
    await expectInert(teacher, 'bank');
    await teacher.goto(`${baseUrl}/de-kiem-tra/${fixtures.examId}`);
    await heading(teacher, plain('Đề kiểm tra XSS'));
    await expectInert(teacher, 'test page');
    await teacher.goto(`${baseUrl}/de-kiem-tra`);
    await expectText(teacher, [plain('Đề kiểm tra XSS')]);
    await expectInert(teacher, 'tests list');
    await teacher.close();

    const principal = await newPage('hieutruong');
    await principal.goto(`${baseUrl}/duyet-hoc-lieu`);
    await expectText(principal, [plain('Học liệu chờ duyệt XSS')]);
    await expectInert(principal, 'material review queue');
    for (const tab of await principal.getByRole('tab').all()) {
      await tab.click();
      await expectInert(principal, `review tab ${await tab.textContent()}`);
    }
    await principal.close();
  });

  it('the student quiz page (server-typeset HTML) and the result page show them inert', async () => {
    const page = await newPage('hocsinh');
    await page.goto(`${baseUrl}/lam-bai/${fixtures.attemptId}`);
    await page.locator('.quiz-html').first().waitFor();
    await page
      .getByText('Cả bài', { exact: true })
      .click()
      .catch(() => undefined);
    await expectText(page, [
      'Đầu câu một chọn',
      'Đầu phương án 1',
      'Đầu ý a',
      'Đầu câu con 2',
      'Cuối câu tự luận',
    ]);
    // KaTeX's \href without `trust` is shown, not linked.
    expect(await page.locator('.quiz-html a').count()).toBe(0);
    await expectInert(page, 'quiz page');
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài', exact: true }).click();
    await page.getByText('Điểm của bạn').waitFor();
    await page.goto(`${baseUrl}/ket-qua/${fixtures.attemptId}`);
    await page.locator('.rich-content').first().waitFor();
    await showSolutions(page);
    await expectText(page, ['Đầu lời giải', 'Cuối lời giải câu con 1']);
    await expectInert(page, 'result page');
    await page.close();
  });

  it('material titles, descriptions and tags show as text, inert', async () => {
    const page = await newPage('giaovien');
    await page.goto(`${baseUrl}/hoc-lieu/${fixtures.materialId}`);
    await heading(page, plain('Học liệu XSS'));
    await expectText(page, [plain('Mô tả')]);
    await expectInert(page, 'material page');
    await page.goto(`${baseUrl}/hoc-lieu/cua-toi`);
    await expectText(page, [plain('Học liệu XSS')]);
    await expectInert(page, 'my materials');
    await page.close();
  });
});
