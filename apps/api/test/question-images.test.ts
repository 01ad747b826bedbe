import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { postFile } from './import-files.js';
import { get, type World } from './world.js';

const { t, w } = await fileWorld();

type Client = World['teacher']['client'];
const upload = (client: Client, content: Buffer, fileName = 'hinh.png') =>
  postFile(client, '/api/question-images', content, fileName);

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A grey PNG of the given size, drawn by hand (8-bit greyscale, no filter). */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = (body: string) =>
  Buffer.from(
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="80" height="30">${body}</svg>`,
  );

const refusal = (response: { statusCode: number; json: () => unknown }) => ({
  status: response.statusCode,
  code: (response.json() as { error: { code: string } }).error.code,
});

describe('inserting a picture into a question', () => {
  it('stores a PNG by its SHA-256, serves it, and records who sent it', async () => {
    const bytes = png(3, 2);
    const response = await upload(w.teacher.client, bytes, 'anh-chup.exe');
    expect(response.statusCode, response.body).toBe(200);
    const image = response.json() as { url: string; width: number; height: number };
    expect(image).toMatchObject({ width: 3, height: 2 });
    expect(image.url).toMatch(/^\/api\/question-images\/[0-9a-f]{64}$/);
    const served = await get(w.teacher.client, image.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(bytes)).toBe(true);
    const sha = image.url.slice(image.url.lastIndexOf('/') + 1);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { action: 'question_image.upload', resourceId: sha },
    });
    expect(audit.actorId).toBe(w.teacher.user.id);
    // The school's admin reads it in the audit trail.
    const trail = await get(w.schoolAdmin.client, '/api/audit?action=question_image.upload');
    expect(trail.statusCode, trail.body).toBe(200);
    expect((trail.json() as { items: { resourceId: string }[] }).items.map((i) => i.resourceId)).toContain(
      sha,
    );
    // The same picture again is the same address.
    expect((await upload(w.teacher.client, bytes)).json()).toEqual(image);
  });

  it('draws a huge photo smaller, keeping its proportions', async () => {
    const response = await upload(w.teacher.client, png(3000, 30));
    expect(response.statusCode, response.body).toBe(200);
    const image = response.json() as { url: string; width: number; height: number };
    expect(image).toMatchObject({ width: 2000, height: 20 });
    expect((await get(w.teacher.client, image.url)).headers['content-type']).toBe('image/png');
  });

  it('judges the type by the bytes: programs, web pages and broken images are refused', async () => {
    const refused = { status: 422, code: 'QUESTION_IMAGE_TYPE_REFUSED' };
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(refusal(await upload(w.teacher.client, exe, 'hinh.png'))).toEqual(refused);
    const html = Buffer.from('<html><script>alert(1)</script><img src=x></html>');
    expect(refusal(await upload(w.teacher.client, html, 'hinh.jpg'))).toEqual(refused);
    const broken = png(4, 4).subarray(0, 40);
    expect(refusal(await upload(w.teacher.client, broken))).toEqual(refused);
    const outside = svg('<image xlink:href="file:///etc/passwd" width="9" height="9"/>');
    expect(refusal(await upload(w.teacher.client, outside, 'hinh.svg'))).toEqual(refused);
  });

  it('draws an SVG to a PNG, so its script never reaches a page', async () => {
    const drawing = svg('<script>alert(1)</script><text x="2" y="20">x² + 1</text>');
    const response = await upload(w.teacher.client, drawing, 'hinh.svg');
    expect(response.statusCode, response.body).toBe(200);
    const served = await get(w.teacher.client, (response.json() as { url: string }).url);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(served.rawPayload.includes(Buffer.from('script'))).toBe(false);
  });

  it('refuses a picture over 5 MB', async () => {
    const big = Buffer.concat([png(1, 1), Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload(w.teacher.client, big)).statusCode).toBe(413);
  });

  it('keeps students out', async () => {
    expect(refusal(await upload(w.student.client, png(2, 2)))).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});
