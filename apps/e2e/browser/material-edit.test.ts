import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiSignIn, call } from './api-calls.js';
import { heading, pictureNow, screenshot, signIn } from './journey.js';
import { pdfWith } from './material-fixtures.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');
const APPROVED = 'Bài giảng Phân số – e2e sửa';
const EDITED = 'Bài giảng Phân số và số thập phân – e2e sửa';
const REJECTED = 'Ôn tập Hình học trực quan – e2e sửa';
const REASON = 'Thiếu nguồn trích dẫn của hình ảnh.';

/** A full-page picture a second from now, without waiting for an idle network (see `pictureNow`). */
async function pictureSoon(page: Page, name: string) {
  await page.waitForTimeout(1000);
  await pictureNow(page, name);
}

/** A material with one PDF, submitted for the school's approval; returns its id. */
async function submittedMaterial(request: APIRequestContext, csrf: object, title: string) {
  const material = await call(request, 'POST', '/api/materials', csrf, {
    title,
    type: 'lecture',
    licence: 'cc_by',
    grade: 6,
    subjectCode: 'toan',
  });
  const bytes = pdfWith('Phan so lop 6');
  const ticket = await call(request, 'POST', '/api/uploads', csrf, {
    fileName: 'bai.pdf',
    size: bytes.length,
  });
  await request.put(`${baseUrl}${ticket.url}`, {
    headers: { ...csrf, 'content-type': 'application/octet-stream' },
    data: bytes,
  });
  const upload = await call(request, 'POST', `/api/uploads/${ticket.uploadId}/complete`, csrf);
  await call(request, 'POST', `/api/materials/${material.id}/versions`, csrf, { uploadIds: [upload.id] });
  await call(request, 'POST', `/api/materials/${material.id}/share-requests`, csrf, { scope: 'school' });
  return material.id as string;
}

describe('editing saved materials', () => {
  const session = usePage();

  it('edits an approved material (pending re-review), acts on a rejection, and lists decisions at home', async () => {
    const page = session.page();
    const request = page.request;
    let csrf = await apiSignIn(request, 'giaovien');
    const approvedId = await submittedMaterial(request, csrf, APPROVED);
    const rejectedId = await submittedMaterial(request, csrf, REJECTED);
    csrf = await apiSignIn(request, 'hieutruong');
    await call(request, 'POST', `/api/materials/${approvedId}/decisions`, csrf, { decision: 'approve' });
    await call(request, 'POST', `/api/materials/${rejectedId}/decisions`, csrf, {
      decision: 'reject',
      reason: REASON,
    });
    await page.context().clearCookies();

    // Home: the decisions, newest first, with the reason and a link to each material.
    await signIn(page, baseUrl, 'giaovien');
    const decisions = page.getByRole('region', { name: 'Kết quả duyệt gần đây' });
    await decisions.getByRole('link', { name: REJECTED }).waitFor();
    expect(await decisions.textContent()).toContain(`Lý do: ${REASON}`);
    expect(await decisions.textContent()).toContain('Bị từ chối cấp trường');
    expect(await decisions.textContent()).toContain('Đã duyệt cấp trường');
    await decisions.scrollIntoViewIfNeeded();
    await screenshot(page, 'material-edit-home-decisions');

    // The rejected material: its reason first, with what to do about it.
    await decisions.getByRole('link', { name: REJECTED }).click();
    await heading(page, REJECTED);
    const notice = page.getByRole('alert').filter({ hasText: 'Yêu cầu chia sẻ bị từ chối' });
    await notice.getByText(`Lý do: ${REASON}`).waitFor();
    await notice.getByRole('button', { name: 'Sửa học liệu' }).waitFor();
    await notice.getByRole('button', { name: 'Gửi duyệt lại cấp trường' }).waitFor();
    await pictureSoon(page, 'material-edit-rejected');
    await notice.getByRole('button', { name: 'Sửa học liệu' }).click();
    const form = page.getByRole('dialog', { name: 'Sửa học liệu' });
    await form
      .getByRole('textbox', { name: 'Mô tả' })
      .fill('Hình ảnh lấy từ SGK Toán 6, Kết nối tri thức, tr. 80.');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('Hình ảnh lấy từ SGK Toán 6, Kết nối tri thức, tr. 80.').first().waitFor();
    await notice.getByRole('button', { name: 'Gửi duyệt lại cấp trường' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByText('Chờ duyệt cấp trường').first().waitFor();

    // The approved material: the author is told before saving, then sees it awaiting re-review.
    await page.goto(`${baseUrl}/hoc-lieu/${approvedId}`);
    await heading(page, APPROVED);
    await page.getByRole('button', { name: 'Sửa học liệu' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa học liệu' });
    await edit.getByText(/Học liệu đã được chia sẻ cấp trường/).waitFor();
    // (A refused empty title shows a Vietnamese field error: apps/web/test/material-edit.test.tsx.)
    await edit.getByRole('textbox', { name: 'Tên học liệu' }).fill(EDITED);
    await edit.getByText(/Học liệu đã được chia sẻ cấp trường/).scrollIntoViewIfNeeded();
    await pictureSoon(page, 'material-edit-form');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.waitFor({ state: 'detached' });
    await heading(page, EDITED);
    const sharing = page.getByRole('region', { name: 'Chia sẻ' });
    await sharing.getByText('Đang chờ duyệt lại').waitFor();
    expect(await sharing.textContent()).toContain(`“${APPROVED}”`);
    await pictureSoon(page, 'material-edit-pending-rereview');
  });
});
