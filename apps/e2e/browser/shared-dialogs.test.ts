import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, call } from './api-calls.js';
import { heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const TITLE = 'Phiếu bài tập Phân số – e2e hộp thoại';

/** The dialogs and filter row that several pages share (form buttons, a form mounted while open). */
describe('shared dialogs and filters', () => {
  const session = usePage();

  it('opens a material’s new-version and edit dialogs afresh, and filters the accounts list', async () => {
    const page = session.page();
    const csrf = await apiSignIn(page.request, 'giaovien');
    const material = await call(page.request, 'POST', '/api/materials', csrf, {
      title: TITLE,
      type: 'document',
      licence: 'cc_by',
      grade: 6,
      subjectCode: 'toan',
    });
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'giaovien');
    await page.goto(`${baseUrl}/hoc-lieu/${material.id}`);
    await heading(page, TITLE);
    await page.getByRole('button', { name: 'Tải phiên bản mới' }).click();
    const upload = page.getByRole('dialog', { name: 'Tải phiên bản mới' });
    await upload.getByRole('textbox', { name: 'Ghi chú phiên bản' }).fill('Thêm phần luyện tập');
    await screenshot(page, 'shared-dialogs-new-version');
    await upload.getByRole('button', { name: 'Huỷ' }).click();
    await upload.waitFor({ state: 'detached' });
    // Opened again, the form starts from nothing: it is mounted only while the dialog is open.
    await page.getByRole('button', { name: 'Tải phiên bản mới' }).click();
    expect(await upload.getByRole('textbox', { name: 'Ghi chú phiên bản' }).inputValue()).toBe('');
    await upload.getByRole('button', { name: 'Huỷ' }).click();
    await upload.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Sửa học liệu' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa học liệu' });
    expect(await edit.getByRole('textbox', { name: 'Tên học liệu' }).inputValue()).toBe(TITLE);
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).waitFor();
    await screenshot(page, 'shared-dialogs-edit');
    await edit.getByRole('button', { name: 'Huỷ' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.context().clearCookies();

    await signIn(page, baseUrl, 'hieutruong');
    await page.goto(`${baseUrl}/tai-khoan`);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('gv.thcs-tienhoa');
    await page.waitForURL(/q=gv\.thcs-tienhoa/);
    const row = page.getByRole('row', { name: /gv\.thcs-tienhoa\.2/ });
    await row.getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).waitFor();
    await screenshot(page, 'shared-dialogs-reset-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  });
});
