import { describe, expect, it } from 'vitest';
import { heading, openSection, screenshot, screenshotBoth } from './journey.js';
import { usePage } from './session.js';

const DEMO_EXAM = 'Kiểm tra 15 phút – Toán (demo)';

describe('a teacher’s exams', () => {
  const session = usePage();

  it('opens the demo exam, downloads a paper and the key, and reads the class results', async () => {
    const page = await session.signedIn('giaovien');
    await openSection(page, 'Đề kiểm tra');
    await screenshot(page, 'exams-list');
    await page.getByRole('link', { name: DEMO_EXAM }).click();
    await heading(page, DEMO_EXAM);
    await screenshot(page, 'exams-detail');

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
    await heading(page, `Kết quả: ${DEMO_EXAM}`);
    await page.getByText('Phân bố điểm').waitFor();
    await screenshotBoth(page, 'exams-results');
  });

  it('shows the builder with its exam matrix', async () => {
    const page = await session.openAs('giaovien', '/de-kiem-tra/moi', 'Tạo đề');
    await screenshot(page, 'exams-builder');
  });
});
