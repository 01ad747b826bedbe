import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { heading, screenshot, signOut } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** A small topic workbook as a province officer fills it: two good lessons and a row with a wrong grade. */
async function topicWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chương, bài');
  sheet.addRow([
    'Môn *',
    'Khối *',
    'Bộ sách',
    'Mã chương *',
    'Tên chương *',
    'Mã bài',
    'Tên bài',
    'Yêu cầu cần đạt',
  ]);
  sheet.addRow([
    'Tin học',
    8,
    '',
    'TIN-8-A',
    'Chủ đề A. Máy tính và cộng đồng',
    'TIN-8-A-1',
    'Bài 1. Lịch sử phát triển máy tính',
    'Trình bày được sơ lược lịch sử phát triển máy tính.',
  ]);
  sheet.addRow([
    'Tin học',
    8,
    '',
    'TIN-8-A',
    'Chủ đề A. Máy tính và cộng đồng',
    'TIN-8-A-2',
    'Bài 2. Thông tin trong môi trường số',
    '',
  ]);
  sheet.addRow(['Tin học', 13, '', 'TIN-8-B', 'Chủ đề B. Sai khối', '', '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('curriculum topics', () => {
  const session = usePage();

  it('a province officer imports a topic workbook; a teacher’s picker then offers the new lesson', async () => {
    const page = await session.signedIn('so.quangbinh');
    const main = page.getByRole('main');
    await page.goto(`${baseUrl}/chuong-trinh?grade=8&subject=tin-hoc`);
    await heading(page, 'Chương trình');
    await main.getByText('Chưa có chương, bài cho Tin học 8 — quản trị có thể nhập').waitFor();
    await expect.poll(() => main.getByTestId('topic-coverage').textContent()).toContain('Toán 1–12');
    await expect
      .poll(() => main.getByTestId('topic-coverage').textContent())
      .toContain('Khoa học tự nhiên 6–9');

    await main.locator('input[type=file]').setInputFiles({
      name: 'chuong-bai-tin-hoc-8.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await topicWorkbook(),
    });
    await main.getByRole('button', { name: 'Nhập', exact: true }).click();
    const result = main.getByTestId('topic-import-result');
    await expect
      .poll(() => result.textContent())
      .toContain('Đã nhập 3 dòng: 3 tạo mới, 0 cập nhật, 0 giữ nguyên, 0 ngừng dùng.');
    await expect.poll(() => result.textContent()).toContain('Dòng lỗi (1)');
    await expect.poll(() => result.getByRole('row').nth(1).textContent()).toMatch(/^4Khối/);
    await main.getByText('Bài 2. Thông tin trong môi trường số').first().waitFor();
    await screenshot(page, 'topics-import-result');
    await signOut(page);

    await session.openAs('giaovien', '/ngan-hang-cau-hoi/moi', 'Soạn câu hỏi');
    await main.getByRole('combobox', { name: 'Khối lớp' }).click();
    await page.getByRole('option', { name: 'Lớp 8', exact: true }).click();
    await main.getByRole('combobox', { name: 'Môn học' }).click();
    await page.getByRole('option', { name: 'Tin học', exact: true }).click();
    await main.getByRole('combobox', { name: 'Chương, bài' }).click();
    await page.getByRole('option', { name: 'Bài 2. Thông tin trong môi trường số' }).waitFor();
    await screenshot(page, 'topics-teacher-picker');
  });
});
