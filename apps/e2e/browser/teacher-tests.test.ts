import { describe, expect, inject, it } from 'vitest';
import { heading, openSection, screenshot, screenshotBoth, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const DEMO_TEST = 'Kiểm tra 15 phút – Toán (demo)';

describe('a teacher’s tests', () => {
  const session = usePage();

  it('opens the demo test, downloads a paper and the key, and reads the class results', async () => {
    const page = session.page();
    await signIn(page, baseUrl, 'giaovien');
    await openSection(page, 'Đề kiểm tra');
    await screenshot(page, 'tests-list');
    await page.getByRole('link', { name: DEMO_TEST }).click();
    await heading(page, DEMO_TEST);
    await screenshot(page, 'tests-detail');

    const paper = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /^Đề mã \d{3} \(\.docx\)$/ })
      .first()
      .click();
    expect((await paper).suggestedFilename()).toMatch(/ma de \d{3}\.docx$/);
    const key = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Đáp án (.docx)' }).click();
    expect((await key).suggestedFilename()).toMatch(/dap an\.docx$/);

    await page
      .getByRole('link', { name: /^Xem kết quả/ })
      .first()
      .click();
    await heading(page, `Kết quả: ${DEMO_TEST}`);
    await page.getByText('Phân bố điểm').waitFor();
    await screenshotBoth(page, 'tests-results');
  });

  it('shows the builder with its exam matrix', async () => {
    const page = session.page();
    await signIn(page, baseUrl, 'giaovien');
    await page.goto(`${baseUrl}/de-kiem-tra/moi`);
    await heading(page, 'Tạo đề');
    await screenshot(page, 'tests-builder');
  });
});
