import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { heading, openSection, screenshot, screenshotBoth } from './journey.js';
import { usePage } from './session.js';

describe('the district office’s report', () => {
  const session = usePage();

  it('shows a school below target in red, drills down to a class and its records, exports the figures', async () => {
    const page = await session.signedIn('phong.tuyenhoa');
    await openSection(page, 'Báo cáo', 'Tỷ lệ dạy học trực tuyến');
    const below = page.getByRole('main').locator('tr[data-status="below"]').first();
    await below.waitFor();
    const school = (await below.getByRole('link').first().textContent())?.trim() as string;
    const online = (await below.locator('td').nth(2).textContent())?.trim() as string;
    expect(await below.textContent()).toContain('Dưới chỉ tiêu');
    const gapColour = await below.getByTestId('gap').evaluate((cell) => getComputedStyle(cell).color);
    const [red, green] = (gapColour.match(/\d+/g) ?? []).map(Number);
    expect(red).toBeGreaterThan(green ?? 255);
    await screenshotBoth(page, 'reports-district');
    // The printed report: title, period, the table and a signature block; no navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('signature-block').waitFor();
    expect(await page.getByRole('button', { name: 'Xuất Excel' }).isVisible()).toBe(false);
    await screenshot(page, 'reports-print');
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path()) as string)) as unknown as ArrayBuffer);
    const rows = book.getWorksheet('Theo trường')?.getSheetValues() as unknown[][];
    const exported = rows.find((row) => row?.[1] === school);
    expect(String(exported?.[2])).toBe(online.replace(/\D/g, ''));

    await below.getByRole('link', { name: school }).click();
    await heading(page, `Tỷ lệ dạy học trực tuyến: ${school}`);
    await screenshot(page, 'reports-school');
    const classLink = page.getByRole('main').getByRole('link').filter({ hasText: /^\d+A/ }).first();
    const className = (await classLink.textContent())?.trim() as string;
    await classLink.click();
    await heading(page, `Tỷ lệ dạy học trực tuyến: lớp ${className}`);
    const records = page
      .getByRole('table', { name: /bản ghi|Các buổi/i })
      .or(page.getByRole('main').locator('table').last());
    await expect.poll(() => records.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'reports-class');
  });
});
