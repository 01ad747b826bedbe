import { textZip } from '@hoclieu/question-formats/testing';
import { describe, expect, inject, it } from 'vitest';
import { heading, screenshot } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** A small HTML5 package (stored entries). */
const simulation = textZip({
  'index.html':
    '<!doctype html><meta charset="utf-8"><h1 id="out">Đang tải…</h1><script src="js/app.js"></script>',
  // An opaque origin may not even read document.cookie: it throws, which counts as "no cookie".
  'js/app.js': [
    "let cookie = 'không';",
    "try { if (document.cookie) cookie = 'có'; } catch (error) {}",
    "document.getElementById('out').textContent = 'Mô phỏng đã chạy; cookie: ' + cookie;",
  ].join('\n'),
});

describe('HTML5 simulation', () => {
  const session = usePage();

  it('runs in a sandboxed frame of the detail page, without access to our cookies', async () => {
    const page = await session.signedIn('giaovien');
    const login = await page.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: 'giaovien', password: 'Hoclieu@2026' },
    });
    const csrf = { 'x-csrf-token': (await login.json()).csrfToken as string };
    const material = await page.request.post(`${baseUrl}/api/materials`, {
      headers: csrf,
      data: { title: 'Thí nghiệm ảo: con lắc đơn', type: 'simulation', licence: 'cc_by' },
    });
    const ticket = await (
      await page.request.post(`${baseUrl}/api/uploads`, {
        headers: csrf,
        data: { fileName: 'con-lac.zip', size: simulation.length },
      })
    ).json();
    await page.request.put(`${baseUrl}${ticket.url}`, {
      headers: { ...csrf, 'content-type': 'application/octet-stream' },
      data: simulation,
    });
    const upload = await (
      await page.request.post(`${baseUrl}/api/uploads/${ticket.uploadId}/complete`, { headers: csrf })
    ).json();
    expect(upload.category).toBe('html5-package');
    const { id } = await material.json();
    await page.request.post(`${baseUrl}/api/materials/${id}/versions`, {
      headers: csrf,
      data: { uploadIds: [upload.id] },
    });

    await page.goto(`${baseUrl}/hoc-lieu/${id}`);
    await heading(page, 'Thí nghiệm ảo: con lắc đơn');
    const frame = page.frameLocator('iframe[sandbox]');
    await expect(frame.getByText('Mô phỏng đã chạy; cookie: không').waitFor()).resolves.toBeUndefined();
    await screenshot(page, 'materials-simulation-desktop');
  });
});
