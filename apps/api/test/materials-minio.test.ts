import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMinioStore } from '@hoclieu/storage';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, userOf } from './helpers.js';
import { pdfWith } from './material-files.js';

// The MinIO path end to end against s3rver, an S3-protocol server on loopback (MinIO's stand-in).
let t: TestApp;
let server: S3rver;
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'hoclieu-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  const storage = createMinioStore({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    bucket: 'hoclieu-test',
  });
  t = await createTestApp({ storage });
});
afterAll(async () => {
  await t.close();
  await server.close();
  await rm(directory, { recursive: true, force: true, maxRetries: 5 });
});

describe('uploads to MinIO', () => {
  it('lets the browser PUT straight to the store with a presigned URL, then checks and hashes the file', async () => {
    const teacher = await userOf(t, 'teacher');
    const bytes = pdfWith('Tai lieu tren MinIO');
    const ticket = await teacher.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'Đề cương.pdf', size: bytes.length },
    });
    const { url, headers, uploadId } = ticket.json();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hoclieu-test\/uploads\//);
    const put = await fetch(url, { method: 'PUT', body: bytes, headers });
    expect(put.status).toBe(200);
    const done = await teacher.request({ method: 'POST', url: `/api/uploads/${uploadId}/complete` });
    expect(done.json()).toMatchObject({
      status: 'stored',
      category: 'pdf',
      size: bytes.length,
      name: 'Đề cương.pdf',
    });
    expect(done.json().sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('answers "not ready" when nothing was uploaded yet', async () => {
    const teacher = await userOf(t, 'teacher');
    const ticket = await teacher.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'a.pdf', size: 10 },
    });
    const done = await teacher.request({
      method: 'POST',
      url: `/api/uploads/${ticket.json().uploadId}/complete`,
    });
    expect(done.json().error.code).toBe('UPLOAD_NOT_READY');
  });
});
