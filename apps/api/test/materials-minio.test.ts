import { createHash } from 'node:crypto';
import { createMinioStore } from '@hoclieu/storage';
import { type S3Peer, S3RVER_CREDENTIALS, startS3Peer } from '@hoclieu/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, userOf } from './helpers.js';
import { pdfWith } from './material-files.js';

// The MinIO path end to end against s3rver, an S3-protocol server on loopback (MinIO's stand-in).
let t: TestApp;
let peer: S3Peer;
beforeAll(async () => {
  peer = await startS3Peer();
  const storage = createMinioStore({
    endPoint: '127.0.0.1',
    port: peer.port,
    useSSL: false,
    ...S3RVER_CREDENTIALS,
    bucket: 'hoclieu-test',
  });
  t = await createTestApp({ storage });
});
afterAll(async () => {
  await t.close();
  await peer.dispose();
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
