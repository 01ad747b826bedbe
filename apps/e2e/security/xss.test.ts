import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, DESKTOP, launchBrowser } from '../browser/browser.js';
import { DEMO_PASSWORD, heading, signIn } from '../browser/journey.js';
import { pdfWith } from '../browser/material-fixtures.js';

/**
 * Hostile HTML in every rich-text field, entered through the API as a teacher, then rendered by
 * the real server and web app in Chromium: no payload may run (a window flag, a dialog), none may
 * even reach the page in a form the CSP has to stop (a violation report), and the text around the
 * payloads stays readable.
 */
const baseUrl = inject('baseUrl');

/** Each vector sets `window.__xss` (or calls alert) if it ever runs. */
const payloads = [
  '<img src=x onerror="window.__xss=\'img\'">',
  '<script>window.__xss="script"</script>',
  '<a href="javascript:window.__xss=\'link\'">liên kết độc</a>',
  '<svg onload="window.__xss=\'svg\'"><circle r="5"></circle></svg>',
  '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
  '<p style="background:url(javascript:window.__xss=\'style\')" onmouseover="window.__xss=\'hover\'">đoạn có style</p>',
  '<img src="/api/health" onload="alert(\'onload\')">',
  '<details open ontoggle="window.__xss=\'toggle\'"><summary>chi tiết</summary></details>',
  // Closed: unclosed, the sanitiser rightly swallows everything after <style> (raw text), and the
  // words after the payloads, which the test looks for, with it.
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'"></style></mglyph></table></mtext></math>',
  '<span class="math" data-latex="\\href{javascript:window.__xss=\'katex\'}{bấm vào đây}"></span>',
  '<span class="math" data-latex="\\url{javascript:alert(1)}"></span>',
  '<form action="javascript:window.__xss=\'form\'"><button>Gửi</button></form>',
  '<object data="javascript:window.__xss=\'object\'"></object><embed src="javascript:alert(1)">',
  '<div onclick="window.__xss=\'click\'" class="math" data-latex="x^2">bấm</div>',
].join(' ');

/** Visible text around the payloads, and a payload typed as text (escaped), which must show as text. */
const rich = (label: string) =>
  `<p>Đầu ${label}</p> ${payloads} <p>Chữ &lt;script&gt;alert(1)&lt;/script&gt; hiển thị như chữ</p> <p>Cuối ${label}</p>`;
/** Plain-text fields (titles, descriptions, tags) get the raw payload: React must show it as text. */
const plain = (label: string) => `${label} <img src=x onerror=alert(1)><script>window.__xss=1</script>`;

interface ApiSession {
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  put(path: string, bytes: Buffer): Promise<void>;
}

/** Signs in with Node's fetch and returns a client that sends the cookie and the CSRF token. */
async function apiSession(username: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    async call(method, path, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : {}) as never;
    },
    async put(path, bytes) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
      if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
    },
  };
}

const meta = { subjectCode: 'toan', grade: 6, level: 'biet', tags: ['xss'] };
const option = (label: string, n: number, correct: boolean) => ({
  label,
  html: rich(`phương án ${n}`),
  correct,
});

interface Fixtures {
  questionIds: string[];
  pendingQuestionId: string;
  testId: string;
  attemptId: string;
  materialId: string;
  pendingMaterialId: string;
}

async function createFixtures(): Promise<Fixtures> {
  const teacher = await apiSession('giaovien');
  const principal = await apiSession('hieutruong');
  const student = await apiSession('hocsinh');

  const inputs = [
    {
      content: {
        type: 'single_choice',
        stem: rich('câu một chọn'),
        options: ['A', 'B', 'C', 'D'].map((l, i) => option(l, i + 1, i === 0)),
        solution: rich('lời giải'),
      },
      meta: { ...meta, learningOutcome: plain('Yêu cầu cần đạt'), source: plain('Nguồn') },
    },
    {
      content: {
        type: 'true_false_group',
        stem: rich('câu đúng sai'),
        statements: ['a', 'b', 'c', 'd'].map((label, i) => ({
          label,
          html: rich(`ý ${label}`),
          correct: i % 2 === 0,
        })),
        solution: rich('lời giải đúng sai'),
      },
      meta,
    },
    {
      content: {
        type: 'group',
        stem: rich('đoạn văn chung'),
        children: [1, 2].map((n) => ({
          type: 'single_choice',
          stem: rich(`câu con ${n}`),
          options: ['A', 'B', 'C', 'D'].map((l, i) => option(l, i + 1, i === 1)),
          solution: rich(`lời giải câu con ${n}`),
        })),
      },
      meta,
    },
    {
      content: { type: 'essay', stem: rich('câu tự luận'), rubric: rich('hướng dẫn chấm') },
      meta,
    },
  ];
  const questionIds: string[] = [];
  for (const input of inputs) {
    const { id } = await teacher.call<{ id: string }>('POST', '/api/questions', input);
    await teacher.call('POST', `/api/questions/${id}/share-requests`, { scope: 'school' });
    await principal.call('POST', `/api/questions/${id}/decisions`, { decision: 'approve' });
    questionIds.push(id);
  }
  // One left waiting, so the principal's review queue shows hostile content too.
  const pending = await teacher.call<{ id: string }>('POST', '/api/questions', inputs[0]);
  await teacher.call('POST', `/api/questions/${pending.id}/share-requests`, { scope: 'school' });

  const { items: classes } = await teacher.call<{ items: { id: string; name: string }[] }>(
    'GET',
    '/api/me/classes',
  );
  const schoolClass = classes.find((c) => c.name === '6A') ?? classes[0];
  if (!schoolClass) throw new Error('giaovien teaches no class');
  const test = await teacher.call<{ id: string }>('POST', '/api/tests', {
    title: plain('Đề kiểm tra XSS'),
    subjectCode: 'toan',
    grade: 6,
    durationMinutes: 15,
    items: questionIds.map((questionId) => ({ questionId })),
  });
  await teacher.call('POST', `/api/tests/${test.id}/versions`, { count: 1, seed: 'xss' });
  const now = Date.now();
  const assignment = await teacher.call<{ id: string }>('POST', `/api/tests/${test.id}/assignments`, {
    classIds: [schoolClass.id],
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    timeLimitMinutes: 15,
    // Practice: the corrected paper (solutions included) shows at once, so its rendering is checked.
    releasePolicy: 'practice',
  });
  const attempt = await student.call<{ id: string }>('POST', `/api/assignments/${assignment.id}/attempts`);

  async function material(title: string) {
    const created = await teacher.call<{ id: string }>('POST', '/api/materials', {
      title: plain(title),
      description: plain('Mô tả'),
      type: 'document',
      licence: 'cc_by',
      grade: 6,
      tags: ['xss'],
    });
    const bytes = pdfWith('Hoc lieu XSS');
    const ticket = await teacher.call<{ uploadId: string; url: string }>('POST', '/api/uploads', {
      fileName: `${title}.pdf`,
      size: bytes.length,
    });
    await teacher.put(ticket.url, bytes);
    const upload = await teacher.call<{ id: string }>('POST', `/api/uploads/${ticket.uploadId}/complete`);
    await teacher.call('POST', `/api/materials/${created.id}/versions`, { uploadIds: [upload.id] });
    return created.id;
  }
  const materialId = await material('Học liệu XSS');
  const pendingMaterialId = await material('Học liệu chờ duyệt XSS');
  await teacher.call('POST', `/api/materials/${pendingMaterialId}/share-requests`, { scope: 'school' });
  return {
    questionIds,
    pendingQuestionId: pending.id,
    testId: test.id,
    attemptId: attempt.id,
    materialId,
    pendingMaterialId,
  };
}

/** Installed before any page script: records CSP violations and whether a payload ever ran. */
function trapScript() {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
}

interface Findings {
  ran: unknown;
  csp: string[];
  dangerous: string[];
}

/** What a payload left in the page: the flag, CSP reports, and any element that could run script. */
function inspectPage(): Findings {
  const w = window as unknown as { __xss?: unknown; __csp: string[] };
  const dangerous: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith('on')) dangerous.push(`${tag}[${attribute.name}]`);
      if (/^(javascript|vbscript|data:text\/html)/.test(value.replace(/\s/g, '')))
        dangerous.push(`${tag}[${attribute.name}=${value.slice(0, 40)}]`);
      if (attribute.name === 'srcdoc') dangerous.push(`${tag}[srcdoc]`);
    }
    if (['object', 'embed', 'form'].includes(tag)) dangerous.push(tag);
    // A frame runs in our origin unless sandboxed; the only unsandboxed one allowed is the PDF
    // preview of a stored file, served by our API (nosniff, its checked content type).
    if (tag === 'iframe' && !element.hasAttribute('sandbox')) {
      const src = new URL(element.getAttribute('src') ?? 'about:blank', location.href);
      if (src.origin !== location.origin || !src.pathname.startsWith('/api/'))
        dangerous.push(`iframe without sandbox: ${src.href}`);
    }
    // Scripts belong in <head>, put there by the build; one in the body came from content.
    if (tag === 'script' && element.closest('body'))
      dangerous.push(`script in body: ${element.textContent?.slice(0, 40)}`);
  }
  // zod probes once whether it may compile validators with `Function('')` (caught, then it
  // interprets): under our CSP that probe is reported as an eval violation with no sample. It runs
  // when the contracts' schemas are defined, before any configuration could say `jitless`. Not
  // content's doing; every other violation counts.
  const csp = w.__csp.filter((report) => report !== 'script-src eval ');
  return { ran: w.__xss ?? null, csp, dangerous };
}

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
    await page.waitForTimeout(300);
    const findings = await page.evaluate(inspectPage);
    // The CSP stops the handler, reports it, and the attribute is found.
    expect(findings.ran).toBeNull();
    expect(findings.csp.join()).toMatch(/script-src-attr/);
    expect(findings.dangerous).toContain('img[onerror]');
    errors.length = 0;
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
    await teacher.goto(`${baseUrl}/de-kiem-tra/${fixtures.testId}`);
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
