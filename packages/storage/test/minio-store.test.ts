import { createServer, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMinioStore, StorageUnavailableError } from '../src/index.js';
import { listObjectNames, type S3Peer, S3RVER_CREDENTIALS, startS3Peer } from '../testing/s3rver-server.js';
import { describeBlobStoreContract } from './blob-store-contract.js';

let peer: S3Peer;
let bucketCount = 0;
beforeAll(async () => {
  peer = await startS3Peer();
});
afterAll(() => peer.dispose());

const storeOn = (port: number, bucket: string) =>
  createMinioStore({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    bucket,
    healthTimeoutMs: 1000,
    ...S3RVER_CREDENTIALS,
  });

// A fresh bucket per test keeps tests apart and exercises the lazy bucket creation every time.
describeBlobStoreContract('minio (against s3rver)', async () => {
  const bucket = `contract-${++bucketCount}`;
  return { store: storeOn(peer.port, bucket), leftovers: () => listObjectNames(peer.client, bucket) };
});

describe('minio store', () => {
  it('signs browser URLs with the public address when it differs from the internal one', async () => {
    const store = createMinioStore({
      endPoint: '127.0.0.1',
      port: peer.port,
      useSSL: false,
      bucket: 'public-url',
      publicUrl: 'https://files.example.edu.vn',
      ...S3RVER_CREDENTIALS,
    });
    const url = new URL(
      (await store.presignPut('a/b.pdf', { contentType: 'application/pdf', expiresSeconds: 60 })) ?? '',
    );
    expect(url.origin).toBe('https://files.example.edu.vn');
    expect(url.pathname).toBe('/public-url/a/b.pdf');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates its bucket on the first write, not before', async () => {
    const store = storeOn(peer.port, 'lazy-bucket');
    await store.health();
    expect(await peer.client.bucketExists('lazy-bucket')).toBe(false);
    await store.put('a.txt', Readable.from([Buffer.from('a')]), { contentType: 'text/plain' });
    expect(await peer.client.bucketExists('lazy-bucket')).toBe(true);
  });

  it('reports down instead of throwing once the server is gone, and fails calls with STORAGE_UNAVAILABLE', async () => {
    const doomed = await startS3Peer();
    const store = storeOn(doomed.port, 'doomed');
    try {
      expect((await store.health()).status).toBe('ok');
      await doomed.stop();
      const report = await store.health();
      expect(report).toMatchObject({
        status: 'down',
        message: expect.stringMatching(/ECONNREFUSED|ECONNRESET/),
      });
      expect(report.latencyMs).toBeLessThan(1500);
      const put = store.put('a.txt', Readable.from([Buffer.from('a')]), { contentType: 'text/plain' });
      await expect(put).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(store.get('a.txt')).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
      await expect(store.stat('a.txt')).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    } finally {
      await doomed.dispose();
    }
  });

  it('gives up on a server that accepts but never answers, within the health timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const store = createMinioStore({
        endPoint: '127.0.0.1',
        port,
        useSSL: false,
        bucket: 'silent',
        healthTimeoutMs: 200,
        ...S3RVER_CREDENTIALS,
      });
      const report = await store.health();
      expect(report).toMatchObject({ status: 'down', message: 'no answer within 200 ms' });
      expect(report.latencyMs).toBeLessThan(1000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
