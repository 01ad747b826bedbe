import { crc32 } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { heading, screenshot, signIn } from './journey.js';
import { usePage } from './session.js';

const baseUrl = inject('baseUrl');

/** A zip with stored (uncompressed) entries: enough for a small HTML5 package. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const simulation = storedZip({
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
    const page = session.page();
    await signIn(page, baseUrl, 'giaovien');
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
