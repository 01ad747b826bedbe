import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../src/api/api-client';
import { isSameOrigin, sendFile } from '../src/api/direct-upload';
import { FakeXhr, useFakeXhr } from './fake-xhr';

const ORIGIN = 'https://hoclieu.example.vn';
const file = new Blob(['%PDF-1.4 bài giảng'], { type: 'application/pdf' });
const ticketHeaders = { 'content-type': 'application/octet-stream' };

useFakeXhr();

const current = () => {
  if (!FakeXhr.last) throw new Error('no request was sent');
  return FakeXhr.last;
};

describe('sending a file where its upload ticket points', () => {
  it('PUTs the bytes to this API with the csrf token, reporting progress', async () => {
    const progress: number[] = [];
    const sent = sendFile({
      url: '/api/uploads/u1/content',
      headers: ticketHeaders,
      file,
      csrfToken: 'csrf-123',
      pageOrigin: ORIGIN,
      onProgress: (fraction) => progress.push(fraction),
    });
    const request = current();
    expect(request.method).toBe('PUT');
    expect(request.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-csrf-token': 'csrf-123',
    });
    expect(request.body).toBe(file);

    request.progress(25, 100);
    request.progress(100, 100);
    request.respond(200, '{"size":24,"sha256":"ab"}', { 'x-request-id': 'req-7' });

    await expect(sent).resolves.toEqual({
      status: 200,
      text: '{"size":24,"sha256":"ab"}',
      requestId: 'req-7',
    });
    expect(progress).toEqual([0.25, 1, 1]);
  });

  it('sends neither the csrf token nor cookies to a presigned URL of another origin', async () => {
    const sent = sendFile({
      url: 'https://minio.example.vn/hoclieu/uploads/u1?X-Amz-Signature=abc',
      headers: ticketHeaders,
      file,
      csrfToken: 'csrf-123',
      pageOrigin: ORIGIN,
    });
    const request = current();
    expect(request.headers['x-csrf-token']).toBeUndefined();
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(request.withCredentials).toBe(false);
    request.respond(200, '', { 'x-request-id': 'minio-id' });
    await expect(sent).resolves.toMatchObject({ status: 200, requestId: null });
  });

  it('tells same-origin addresses from others', () => {
    expect(isSameOrigin('/api/uploads/u1/content', ORIGIN)).toBe(true);
    expect(isSameOrigin(`${ORIGIN}/api/uploads/u1/content`, ORIGIN)).toBe(true);
    expect(isSameOrigin('https://hoclieu.example.vn.evil.test/x', ORIGIN)).toBe(false);
    expect(isSameOrigin('//minio.example.vn/x', ORIGIN)).toBe(false);
    expect(isSameOrigin('http://hoclieu.example.vn/x', ORIGIN)).toBe(false);
  });

  it('rejects with NETWORK_ERROR when the connection fails, and with AbortError when cancelled', async () => {
    const failed = sendFile({ url: '/x', headers: {}, file, csrfToken: null, pageOrigin: ORIGIN });
    current().fail();
    await expect(failed).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });

    const controller = new AbortController();
    const cancelled = sendFile({
      url: '/x',
      headers: {},
      file,
      csrfToken: null,
      pageOrigin: ORIGIN,
      signal: controller.signal,
    });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(current().aborted).toBe(true);
  });
});

describe('api.sendFile', () => {
  it('prefixes the API base URL to a ticket path and turns an error body into an ApiError', async () => {
    const api = createApiClient({
      fetch: vi.fn(),
      baseUrl: 'https://api.example.vn',
      origin: 'https://api.example.vn',
    });
    api.setCsrfToken('csrf-9');
    const sent = api.sendFile({ url: '/api/uploads/u1/content', headers: ticketHeaders }, file);
    const request = current();
    expect(request.url).toBe('https://api.example.vn/api/uploads/u1/content');
    expect(request.headers['x-csrf-token']).toBe('csrf-9');
    request.respond(
      413,
      JSON.stringify({ error: { code: 'UPLOAD_TOO_LARGE', message: 'x' }, requestId: 'r-1' }),
    );
    await expect(sent).rejects.toMatchObject({ code: 'UPLOAD_TOO_LARGE', status: 413, requestId: 'r-1' });
  });

  it('reads an unreadable storage error (MinIO XML) by its status', async () => {
    const api = createApiClient({ fetch: vi.fn(), origin: ORIGIN });
    const sent = api.sendFile({ url: 'https://minio.example.vn/b/k?sig=1', headers: ticketHeaders }, file);
    current().respond(403, '<Error><Code>SignatureDoesNotMatch</Code></Error>');
    await expect(sent).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });
});
