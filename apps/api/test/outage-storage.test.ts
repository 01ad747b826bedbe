import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '@hoclieu/contracts';
import { createMinioStore } from '@hoclieu/storage';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp, userOf } from './helpers.js';
import { pdfWith } from './material-files.js';

// Issue 8: the object store goes away (s3rver, MinIO's stand-in, stopped) and comes back on the
// same port; the API keeps answering, uploads fail with a stable code, then work again.
const BUCKET = 'hoclieu-outage';
let t: TestApp;
let directory: string;
let port: number;
let server: S3rver | null = null;
let teacher: Client;

async function startPeer(): Promise<void> {
  server = new S3rver({ address: '127.0.0.1', port, directory, silent: true });
  port = (await server.run()).port;
}

async function stopPeer(): Promise<void> {
  await server?.close();
  server = null;
}

/** The browser's presigned path: ticket, PUT to the store, complete. */
async function upload(client: Client, bytes: Buffer) {
  const ticket = await client.request({
    method: 'POST',
    url: '/api/uploads',
    payload: { fileName: 'Bài giảng.pdf', size: bytes.length },
  });
  if (ticket.statusCode !== 200) return { step: 'ticket', response: ticket };
  const { url, headers, uploadId } = ticket.json();
  const put = await fetch(url, { method: 'PUT', body: bytes, headers }).catch(() => null);
  const complete = await client.request({ method: 'POST', url: `/api/uploads/${uploadId}/complete` });
  return { step: 'complete', put: put?.status ?? 0, uploadId, response: complete };
}

function expectStoreUnavailable(response: { statusCode: number; json(): unknown; body: string }) {
  expect(response.statusCode).toBe(503);
  const body = response.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe('STORAGE_UNAVAILABLE');
  expect(body.error.message).toBe(errorMessage('STORAGE_UNAVAILABLE', 'vi'));
  expect(response.body).not.toMatch(/ECONNREFUSED|at .*\.js|stack/);
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'hoclieu-outage-s3-'));
  port = 0;
  await startPeer();
  const storage = createMinioStore({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    bucket: BUCKET,
    requestTimeoutMs: 3000,
    healthTimeoutMs: 1000,
  });
  t = await createTestApp({ storage });
  teacher = await userOf(t, 'teacher');
});
afterAll(async () => {
  await t.close();
  await stopPeer();
  await rm(directory, { recursive: true, force: true });
});

describe('object store outage', () => {
  let pendingUpload = '';

  it('uploads while the store is up', async () => {
    const done = await upload(teacher, pdfWith('Truoc su co'));
    expect(done.response.statusCode).toBe(200);
    expect(done.response.json().status).toBe('stored');
    // A file the browser sent before the outage, completed during it.
    const ticket = await teacher.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'Dở dang.pdf', size: 600 },
    });
    const { url, headers, uploadId } = ticket.json();
    expect((await fetch(url, { method: 'PUT', body: pdfWith('Do dang'), headers })).status).toBe(200);
    pendingUpload = uploadId;
  });

  it('stays up with the store stopped: health says degraded, other routes answer', async () => {
    await stopPeer();
    const started = performance.now();
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'degraded',
      database: { status: 'ok' },
      storage: { status: 'down', kind: 'minio' },
    });
    const me = await teacher.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    const created = await teacher.request({
      method: 'POST',
      url: '/api/materials',
      payload: { title: 'Giáo án khi kho tệp gián đoạn', type: 'lecture', licence: 'cc_by' },
    });
    expect(created.statusCode).toBe(200);
  });

  it('fails uploads with STORAGE_UNAVAILABLE and a Vietnamese message, quickly', async () => {
    const started = performance.now();
    const presigned = await upload(teacher, pdfWith('Trong su co'));
    expect(presigned.step === 'ticket' || presigned.put === 0).toBe(true);
    expectStoreUnavailable(presigned.response);

    expectStoreUnavailable(
      await teacher.request({ method: 'POST', url: `/api/uploads/${pendingUpload}/complete` }),
    );

    // The API's own upload path (the local-disk one) streams into the same store.
    const ticket = await teacher.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'Trực tiếp.pdf', size: 600 },
    });
    if (ticket.statusCode === 200) {
      const direct = await teacher.request({
        method: 'PUT',
        url: `/api/uploads/${ticket.json().uploadId}/content`,
        payload: pdfWith('Truc tiep'),
        headers: { 'content-type': 'application/octet-stream' },
      });
      expectStoreUnavailable(direct);
    } else {
      expectStoreUnavailable(ticket);
    }
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('uploads again once the store is back, without restarting the API', async () => {
    await startPeer();
    const health = (await t.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'ok', storage: { status: 'ok' } });
    const done = await upload(teacher, pdfWith('Sau su co'));
    expect(done.response.statusCode).toBe(200);
    expect(done.response.json().status).toBe('stored');
    const resumed = await teacher.request({ method: 'POST', url: `/api/uploads/${pendingUpload}/complete` });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().status).toBe('stored');
  });
});

describe('object store that accepts connections but never answers', () => {
  let hung: Server;
  const sockets = new Set<Socket>();
  let stalled: TestApp;

  beforeAll(async () => {
    hung = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((done) => hung.listen(0, '127.0.0.1', done));
    const address = hung.address();
    const storage = createMinioStore({
      endPoint: '127.0.0.1',
      port: typeof address === 'object' && address ? address.port : 0,
      useSSL: false,
      accessKey: 'S3RVER',
      secretKey: 'S3RVER',
      bucket: BUCKET,
      requestTimeoutMs: 1500,
      healthTimeoutMs: 1000,
    });
    stalled = await createTestApp({ storage });
  });
  afterAll(async () => {
    await stalled.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((done) => hung.close(done));
  });

  it('answers health and uploads within the deadlines instead of hanging', async () => {
    const started = performance.now();
    const health = await stalled.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'degraded', storage: { status: 'down' } });
    const client = await userOf(stalled, 'teacher');
    const ticket = await client.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'Treo.pdf', size: 600 },
    });
    expectStoreUnavailable(ticket);
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
