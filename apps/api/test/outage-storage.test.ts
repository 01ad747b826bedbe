import { connect, createServer, type Server, type Socket } from 'node:net';
import { errorMessage } from '@hoclieu/contracts';
import { createMinioStore } from '@hoclieu/storage';
import { type S3Peer, S3RVER_CREDENTIALS, startS3Peer } from '@hoclieu/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHealth } from './health.js';
import { type Client, createTestApp, type TestApp, userOf } from './helpers.js';
import { pdfWith } from './material-files.js';

// The object store goes away (s3rver, MinIO's stand-in, stopped) and comes back on the
// same port; the API keeps answering, uploads fail with a stable code, then work again.
const BUCKET = 'hoclieu-outage';
let peer: S3Peer;
let t: TestApp;
let teacher: Client;

/** The adapter on `port` (the peer's, or a relay's in front of it), with short deadlines. */
function storeOn(port: number, requestTimeoutMs = 3000) {
  return createMinioStore({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    ...S3RVER_CREDENTIALS,
    bucket: BUCKET,
    requestTimeoutMs,
    healthTimeoutMs: 1000,
  });
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
  peer = await startS3Peer();
  t = await createTestApp({ storage: storeOn(peer.port) });
  teacher = await userOf(t, 'teacher');
});
afterAll(async () => {
  await t.close();
  await peer.dispose();
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
    await peer.stop();
    const started = performance.now();
    await expectHealth(t.app, {
      status: 'degraded',
      database: { status: 'ok' },
      storage: { status: 'down', kind: 'minio' },
    });
    expect(performance.now() - started).toBeLessThan(5000);
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

  it('answers reads outside the upload routes with STORAGE_UNAVAILABLE too, not 500', async () => {
    // The question-image route maps only a missing image; the error handler maps the outage.
    const image = await teacher.request({ method: 'GET', url: `/api/question-images/${'ab'.repeat(32)}` });
    expectStoreUnavailable(image);
  });

  it('uploads again once the store is back, without restarting the API', async () => {
    await peer.start();
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

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * A TCP relay to the peer that breaks every connection off once `budget` bytes have come back
 * from it: MinIO going away in the middle of a download, after the request was answered.
 */
async function startRelay(port: number) {
  const sockets = new Set<Socket>();
  const relay = {
    budget: Number.POSITIVE_INFINITY,
    server: createServer((client) => {
      const upstream = connect(port, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.on('data', (chunk: Buffer) => {
        relay.budget -= chunk.length;
        if (relay.budget < 0) client.destroy();
        else client.write(chunk);
      });
    }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => relay.server.close(done));
    },
  };
  await new Promise<void>((done) => relay.server.listen(0, '127.0.0.1', done));
  return relay;
}

describe('object store that breaks off a download', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let cut: TestApp;
  beforeAll(async () => {
    relay = await startRelay(peer.port);
    cut = await createTestApp({ storage: storeOn(portOf(relay.server)) });
  });
  afterAll(async () => {
    await cut.close();
    await relay.close();
  });

  it('fails a completion whose hash read is cut with STORAGE_UNAVAILABLE, and completes it later', async () => {
    const client = await userOf(cut, 'teacher');
    // Trailing bytes after %%EOF keep it a PDF; 1 MB makes the hash read long enough to cut.
    const bytes = Buffer.concat([pdfWith('Bi cat giua chung'), Buffer.alloc(1024 * 1024, 0x20)]);
    const ticket = await client.request({
      method: 'POST',
      url: '/api/uploads',
      payload: { fileName: 'Bị cắt.pdf', size: bytes.length },
    });
    const { url, headers, uploadId } = ticket.json();
    expect((await fetch(url, { method: 'PUT', body: bytes, headers })).status).toBe(200);
    // Completing reads the blob twice (the type check, then the hash): let the first read through
    // and cut the second halfway.
    relay.budget = bytes.length * 1.5;
    expectStoreUnavailable(
      await client.request({ method: 'POST', url: `/api/uploads/${uploadId}/complete` }),
    );
    relay.budget = Number.POSITIVE_INFINITY;
    const completed = await client.request({ method: 'POST', url: `/api/uploads/${uploadId}/complete` });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json().status).toBe('stored');
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
    stalled = await createTestApp({ storage: storeOn(portOf(hung), 1500) });
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
