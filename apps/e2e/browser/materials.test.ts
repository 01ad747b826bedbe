import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE } from './browser.js';
import {
  heading,
  navbarSettled,
  openSection,
  pictureNow,
  screenshot,
  screenshotBoth,
  screenshotFile,
  signIn,
} from './journey.js';
import { pdfWith, tinyMp4 } from './material-fixtures.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

const TITLE = 'Phân số thập phân – ôn tập lớp 6';
/** Typed without diacritics: the search folds them. */
const QUERY = 'phan so thap phan';
const PDF_NAME = 'Phiếu ôn tập phân số.pdf';
const VIDEO_NAME = 'Video số thập phân.mp4';

/** Titles of the cards the library shows for a query (the search index follows changes within a second or so). */
async function libraryTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl}/hoc-lieu?q=${encodeURIComponent(query)}`);
  await heading(page, 'Kho học liệu');
  const main = page.getByRole('main');
  await main.getByTestId('material-results').or(main.getByText('Không tìm thấy học liệu nào.')).waitFor();
  return main
    .getByRole('article')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
}

/** Asks again until the index has caught up (a positive answer is the proof it has). */
async function expectFinds(page: Page, query: string, title: string) {
  for (let attempt = 0; attempt < 15; attempt++) {
    if ((await libraryTitles(page, query)).includes(title)) return;
    await page.waitForTimeout(1000);
  }
  throw new Error(`"${title}" never appeared in the library for "${query}"`);
}

/** Slows uploads so that the progress bar has time to move (Chromium's network emulation). */
async function throttleUploads(page: Page, bytesPerSecond: number | null) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

/**
 * Chromium's PDF viewer opens in a frame of its own inside the iframe, despite the file's sandboxing
 * CSP; it then needs a moment to paint the page (only pictures wait for that).
 */
async function pdfViewerShown(page: Page) {
  await expect
    .poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension://')), {
      timeout: 15_000,
    })
    .toBe(true);
  await page.waitForTimeout(1500);
}

async function openMaterial(page: Page) {
  await page.getByRole('link', { name: TITLE }).first().click();
  await heading(page, TITLE);
}

/** Its author opens the material from "Học liệu của tôi" and asks for sharing at a level ("trường", "huyện"). */
async function requestSharing(page: Page, level: string) {
  await page.goto(`${baseUrl}/hoc-lieu/cua-toi`);
  await openMaterial(page);
  await page.getByRole('button', { name: `Gửi duyệt cấp ${level}` }).click();
  await page.getByText(`Chờ duyệt cấp ${level}`, { exact: true }).first().waitFor();
}

describe('learning materials: upload, preview, share step by step', () => {
  const session = usePage();

  it('a teacher uploads a PDF and a video, watching the progress bars', async () => {
    const page = await session.signedIn('giaovien');
    await openSection(page, 'Học liệu của tôi');
    await page.getByRole('main').getByRole('link', { name: 'Thêm học liệu' }).first().click();
    await heading(page, 'Thêm học liệu');

    await page.getByRole('textbox', { name: 'Tên học liệu' }).fill(TITLE);
    await page
      .getByRole('textbox', { name: 'Mô tả' })
      .fill('Phiếu ôn tập và video minh hoạ cách đổi phân số ra số thập phân.');
    await page.getByRole('combobox', { name: 'Khối lớp' }).click();
    await page.getByRole('option', { name: 'Lớp 6', exact: true }).click();
    await page.getByRole('combobox', { name: 'Môn học' }).click();
    await page.getByRole('option', { name: 'Toán', exact: true }).click();
    await page.getByRole('combobox', { name: 'Thẻ' }).fill('ôn tập');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: /CC BY-SA/ }).check();

    await throttleUploads(page, 200 * 1024);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('drop-zone').click(),
    ]);
    await chooser.setFiles([
      { name: PDF_NAME, mimeType: 'application/pdf', buffer: pdfWith('Phan so thap phan', 600) },
      { name: VIDEO_NAME, mimeType: 'video/mp4', buffer: tinyMp4() },
    ]);
    // The bar moves: caught between 0 and 100 % while the throttled bytes go out.
    await page.waitForFunction((label) => {
      const bar = document.querySelector(`[role="progressbar"][aria-label="${label}"]`);
      const value = Number(bar?.getAttribute('aria-valuenow'));
      return value > 0 && value < 100;
    }, `Tiến độ tải lên ${PDF_NAME}`);
    await page
      .getByText(/^Đang tải lên: \d+%$/)
      .first()
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotFile('materials-upload-progress-desktop'), fullPage: true });

    const stored = page.locator('[data-testid="upload-item"][data-phase="stored"]');
    await expect.poll(() => stored.count(), { timeout: 60_000 }).toBe(2);
    await throttleUploads(page, null);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await heading(page, TITLE);
    expect(new URL(page.url()).pathname).toMatch(/^\/hoc-lieu\/[0-9a-f-]{36}$/);
    await page.getByText('Riêng tư', { exact: true }).first().waitFor();
  });

  it('finds it without diacritics, previews the PDF and seeks in the video', async () => {
    const page = await session.signedIn('giaovien');
    await openSection(page, 'Kho học liệu');
    const search = page.getByRole('searchbox', { name: 'Tìm học liệu' });
    await search.pressSequentially(QUERY, { delay: 40 });
    // Search as you type: the address follows the box once typing pauses.
    await page.waitForURL((url) => url.searchParams.get('q') === QUERY);
    const card = page.getByRole('article', { name: TITLE });
    for (let attempt = 0; attempt < 10 && !(await card.isVisible()); attempt++) {
      await page.waitForTimeout(1000);
      if (!(await card.isVisible())) await page.reload();
    }
    await card.waitFor();
    await page.getByRole('checkbox', { name: /^Toán/ }).first().check();
    await page.waitForURL(/subject=toan/);
    await card.waitFor();
    await screenshotBoth(page, 'materials-library');
    // On a phone the filters fold away behind a button.
    await page.setViewportSize(PHONE);
    await navbarSettled(page, 'hidden');
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    const phoneFacet = page.getByRole('checkbox', { name: /^Toán/ });
    await phoneFacet.waitFor();
    expect(await phoneFacet.isChecked()).toBe(true);
    await page.waitForTimeout(300);
    await screenshot(page, 'materials-library-filters-phone');
    await page.setViewportSize(DESKTOP);
    await navbarSettled(page, 'shown');

    const ranges: { status: number; range: string | undefined }[] = [];
    page.on('response', async (response) => {
      if (/\/files\/[^/]+\/content$/.test(new URL(response.url()).pathname)) {
        ranges.push({
          status: response.status(),
          range: await response.headerValue('content-range').then((v) => v ?? undefined),
        });
      }
    });
    await openMaterial(page);
    const pdf = page.locator(`iframe[title="Xem tệp PDF ${PDF_NAME}"]`);
    await pdf.waitFor();
    await pdfViewerShown(page);

    const video = page.locator('video');
    await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<void>((done) => {
          if (element.readyState >= 1) done();
          else element.addEventListener('loadedmetadata', () => done(), { once: true });
        }),
    );
    const before = await video.evaluate((element: HTMLVideoElement) => element.currentTime);
    const after = await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<{ time: number; readyState: number; error: number | null; duration: number }>((done) => {
          element.addEventListener(
            'seeked',
            () =>
              done({
                time: element.currentTime,
                readyState: element.readyState,
                error: element.error?.code ?? null,
                duration: element.duration,
              }),
            { once: true },
          );
          element.currentTime = 1.5;
        }),
    );
    expect(before).toBe(0);
    expect(after.duration).toBeCloseTo(2, 1);
    expect(after.time).toBeCloseTo(1.5, 1);
    expect(after.error).toBeNull();
    expect(after.readyState).toBeGreaterThanOrEqual(2);
    expect(ranges.some((r) => r.status === 206 && r.range?.startsWith('bytes '))).toBe(true);

    // Pictures once the player has the frame and the PDF viewer has painted its page.
    await page
      .waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 3, undefined, {
        timeout: 3000,
      })
      .catch(() => undefined);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(1000);
    await video.scrollIntoViewIfNeeded();
    await video.screenshot({ path: screenshotFile('materials-detail-video') });
    await pictureNow(page, 'materials-detail-desktop');
  });

  it('the teacher submits it for school sharing; the school admin approves it in the queue', async () => {
    const page = await session.signedIn('giaovien');
    await requestSharing(page, 'trường');
    await page.goto(`${baseUrl}/hoc-lieu/cua-toi`);
    await page.getByRole('article', { name: TITLE }).getByText('Chờ duyệt cấp trường').waitFor();
    await screenshotBoth(page, 'materials-mine');
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'hieutruong');
    const reviews = page.getByRole('navigation').getByRole('link', { name: /^Chờ duyệt/ });
    // The badge counts materials and questions (a demo question also waits for the principal).
    await reviews.getByText(/^\d+$/).waitFor();
    await reviews.click();
    await heading(page, 'Chờ duyệt');
    const pending = page.getByRole('main').getByRole('article', { name: TITLE });
    await pending.waitFor();
    await screenshotBoth(page, 'materials-review-queue');
    await pending.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await pending.waitFor({ state: 'detached' });
  });

  it('school sharing reaches the school, not another school of the district', async () => {
    const page = await session.signedIn('hocsinh');
    await expectFinds(page, QUERY, TITLE);
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'gv.thcs-maihoa.1');
    expect(await libraryTitles(page, QUERY)).not.toContain(TITLE);
  });

  it('district sharing, approved by the district office, reaches the district and no further', async () => {
    const page = await session.signedIn('giaovien');
    await requestSharing(page, 'huyện');
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'phong.tuyenhoa');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Chờ duyệt/ })
      .click();
    await heading(page, 'Chờ duyệt');
    await page
      .getByRole('main')
      .getByRole('article', { name: TITLE })
      .getByRole('link', { name: TITLE })
      .click();
    await heading(page, TITLE);
    await page.getByText('Chờ bạn duyệt chia sẻ cấp huyện').waitFor();
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByText('Đã chia sẻ cấp huyện', { exact: true }).first().waitFor();
    await page.getByText(/^Duyệt cấp huyện · /).waitFor();
    await pdfViewerShown(page);
    await pictureNow(page, 'materials-detail-approved-desktop');
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'gv.thcs-maihoa.1');
    await expectFinds(page, QUERY, TITLE);
    await openMaterial(page);
    await pdfViewerShown(page);
    await page.setViewportSize(PHONE);
    await navbarSettled(page, 'hidden');
    await pictureNow(page, 'materials-detail-phone');
    await page.setViewportSize(DESKTOP);
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'gv.thcs-quanghop.1');
    expect(await libraryTitles(page, QUERY)).not.toContain(TITLE);
  });
});
