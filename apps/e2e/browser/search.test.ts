import { describe, expect, inject, it } from 'vitest';
import { apiSignIn } from './api-calls.js';
import { heading, screenshot } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Phân số và số thập phân – Toán 6';

describe("search that understands a teacher's words", () => {
  const session = usePage();

  it('reads "toan lop 6" as Toán · Lớp 6, marks the matched words, and can match the words as typed', async () => {
    const page = session.page();
    // The demo library holds the issue's own example, tagged Toán / Lớp 6.
    await apiSignIn(page.request, 'giaovien');
    const main = page.getByRole('main');
    const card = main.getByRole('article', { name: TITLE }).first();
    // The index follows the change within a second or so.
    for (let attempt = 0; attempt < 15 && (await card.count()) === 0; attempt++) {
      await page.goto(`${baseUrl}/hoc-lieu?q=${encodeURIComponent('toan lop 6')}`);
      await heading(page, 'Kho học liệu');
      await main.getByTestId('material-results').or(main.getByText('Không tìm thấy học liệu nào.')).waitFor();
    }
    const understood = main.getByTestId('search-understood');
    await expect.poll(() => understood.textContent()).toContain('Đã hiểu:');
    expect(await understood.textContent()).toContain('Toán');
    expect(await understood.textContent()).toContain('Lớp 6');
    expect(await card.locator('mark').allTextContents()).toEqual(['Toán', '6']);
    await screenshot(page, 'search-understood');

    await understood.getByRole('button', { name: 'Tìm đúng chữ đã gõ' }).click();
    await expect.poll(() => understood.count()).toBe(0);
    // As typed, "lop" is in no title: the material is not found by its words alone.
    await expect.poll(() => card.count()).toBe(0);
  });
});
