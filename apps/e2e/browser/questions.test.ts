import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { heading, openSection, screenshot, screenshotBoth, signOut } from './journey.js';
import { OSCILLATION_STEM, physicsPaper, wordFile } from './question-fixtures.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** Cards the bank shows for a query typed without diacritics; asks again until the index caught up. */
async function findInBank(page: Page, query: string, text: string) {
  for (let attempt = 0; attempt < 15; attempt++) {
    await page.goto(`${baseUrl}/ngan-hang-cau-hoi?q=${encodeURIComponent(query)}`);
    await heading(page, 'Ngân hàng câu hỏi');
    const main = page.getByRole('main');
    await main.getByRole('article').first().or(main.getByText('Không tìm thấy câu hỏi nào.')).waitFor();
    const card = main.getByRole('article').filter({ hasText: text });
    if ((await card.count()) > 0) return card.first();
    await page.waitForTimeout(1000);
  }
  throw new Error(`"${text}" never appeared in the bank for "${query}"`);
}

describe('question bank journey', () => {
  const session = usePage();

  it('imports a Word paper, fixes the flagged question, submits; the principal approves; search finds it with its formula', async () => {
    const page = await session.signedIn('giaovien');
    await openSection(page, 'Ngân hàng câu hỏi');
    await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
    await heading(page, 'Nhập câu hỏi từ tệp');

    await page
      .locator('input[type=file]')
      .setInputFiles(await wordFile('Kiểm tra 15 phút Vật lí 11.docx', physicsPaper()));
    const main = page.getByRole('main');
    const first = main.getByRole('article', { name: 'Câu 1' });
    const flagged = main.getByRole('article', { name: 'Câu 2' });
    await flagged.waitFor();
    // The equations of the Word file arrive as LaTeX and are typeset by KaTeX.
    await expect.poll(() => first.locator('.katex').count()).toBeGreaterThan(0);
    await expect.poll(() => flagged.getAttribute('data-status')).toBe('error');
    await expect.poll(() => flagged.textContent()).toContain('Câu hỏi chưa có đáp án đúng.');
    await expect
      .poll(() => main.getByTestId('import-summary').textContent())
      .toBe('1 câu sẵn sàng, 1 câu lỗi, 0 bỏ qua');
    await screenshot(page, 'questions-import-preview');

    await flagged.getByRole('button', { name: 'Sửa' }).click();
    await flagged.getByRole('radio', { name: 'Phương án A đúng' }).check();
    await flagged.getByRole('button', { name: 'Kiểm tra và dùng bản sửa' }).click();
    await expect.poll(() => flagged.getAttribute('data-status')).toBe('ready');
    await main.getByRole('checkbox', { name: 'Gửi duyệt cấp trường ngay' }).check();
    await main.getByRole('button', { name: 'Nhập 2 câu hỏi' }).click();
    await expect
      .poll(() => main.getByTestId('import-result').textContent())
      .toContain('Đã lưu 2 câu hỏi; 0 câu không lưu được.');
    await screenshot(page, 'questions-import-done');
    await signOut(page);

    await session.openAs('hieutruong', '/duyet-hoc-lieu?tab=cau-hoi', 'Chờ duyệt');
    for (const text of [OSCILLATION_STEM, 'Chu kì dao động của con lắc lò xo']) {
      const card = page.getByRole('main').getByRole('article').filter({ hasText: text });
      await card.getByRole('button', { name: 'Duyệt', exact: true }).click();
      await card.waitFor({ state: 'detached' });
    }
    await screenshot(page, 'questions-review-done');

    const card = await findInBank(page, 'dao dong dieu hoa', OSCILLATION_STEM);
    await expect.poll(() => card.locator('.katex').count()).toBeGreaterThan(0);
    expect(await card.textContent()).toContain('Đã duyệt');
    await screenshotBoth(page, 'questions-bank-search');

    await card.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('main').locator('.katex').count()).toBeGreaterThan(1);
    await screenshot(page, 'questions-detail');
  });

  it('imports a GIFT file with partial credit: every loss is a line on its question, the credit is kept and shown', async () => {
    const page = await session.openAs('giaovien', '/ngan-hang-cau-hoi/nhap', 'Nhập câu hỏi từ tệp');
    const gift = [
      '::Câu 1:: Một vật rơi tự do từ độ cao 20 m (g = 10 m/s²). Thời gian rơi là {',
      '=2 s#Đúng: t \\= √(2h/g).',
      '~%50%4 s#Gần đúng: quên lấy căn.',
      '~1 s',
      '~0,5 s',
      '}',
      '',
      '::Câu 2:: Ghép thủ đô với nước {=Việt Nam -> Hà Nội =Lào -> Viêng Chăn =Thái Lan -> Băng Cốc}',
      '',
      '::Câu 3:: Số nguyên tố chẵn duy nhất là {=2 ~4 ~6',
      '::Câu 4:: Kết quả của 7 · 8 là {#56}',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'vat-li.gift',
      mimeType: 'text/plain',
      buffer: Buffer.from(gift, 'utf8'),
    });
    const main = page.getByRole('main');
    // Text formats number their questions 1, 2, 3…; the GIFT title is kept as the question's title.
    const credited = main.getByRole('article', { name: '1', exact: true });
    await credited.waitFor();
    await expect.poll(() => credited.getAttribute('data-status')).toBe('ready');
    await expect.poll(() => credited.textContent()).toContain('50 %');
    // The missing "}" is a syntax error on its own question, with its line; the next question is whole.
    await expect.poll(() => main.textContent()).toContain('dòng 10');
    await expect
      .poll(() => main.getByRole('article', { name: '4', exact: true }).getAttribute('data-status'))
      .toBe('ready');
    // Matching is not a type the bank has: named, not dropped silently.
    await expect.poll(() => main.textContent()).toMatch(/ghép/i);
    await screenshot(page, 'questions-import-gift-credit');

    // The teacher sees and can change the credit in the editor.
    await credited.getByRole('button', { name: 'Sửa' }).click();
    const credit = credited.getByRole('textbox', { name: 'Tỷ lệ điểm của phương án B (%)' });
    await expect.poll(() => credit.inputValue()).toBe('50 %');
    await credited.scrollIntoViewIfNeeded();
    await screenshot(page, 'questions-import-gift-credit-editor');

    // Saved, the question page shows the credit and the option feedback to its author.
    await credited.getByRole('button', { name: 'Huỷ' }).click();
    await main.getByRole('button', { name: 'Nhập 2 câu hỏi' }).click();
    await main.getByTestId('import-result').getByRole('link', { name: '1', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Gần đúng: quên lấy căn.');
    expect(await page.getByRole('main').textContent()).toContain('50 %');
    await screenshot(page, 'questions-detail-credit');
  });

  it('writes a question with a live formula preview and is warned of a near-duplicate', async () => {
    const page = await session.openAs('giaovien', '/ngan-hang-cau-hoi/moi', 'Soạn câu hỏi');
    const main = page.getByRole('main');
    // Almost the stem of a demo question the principal approved (Toán 7, căn bậc hai).
    await main.getByRole('textbox', { name: 'Đề bài' }).fill('Giá trị của $\\sqrt{49}$ là bao nhiêu');
    await expect.poll(() => main.locator('.katex').count()).toBeGreaterThan(0);
    const options = ['7', '-7', '49', '24,5'];
    for (const [i, text] of options.entries()) {
      const label = `Phương án ${'ABCD'[i]}`;
      const box = main.getByRole('textbox', { name: label, exact: true });
      if ((await box.count()) === 0) await main.getByRole('button', { name: 'Thêm phương án' }).click();
      await box.fill(text);
    }
    await main.getByRole('radio', { name: 'Phương án A đúng' }).check();
    await expect.poll(() => main.textContent(), { timeout: 15_000 }).toContain('Có câu hỏi gần giống');
    await screenshotBoth(page, 'questions-editor');
    await main.getByRole('button', { name: 'Lưu câu hỏi' }).click();
    await page.waitForURL(/\/ngan-hang-cau-hoi\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Nháp');
  });
});
