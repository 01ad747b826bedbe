import { endpoints } from '@hoclieu/contracts';
import { createMinioStore } from '@hoclieu/storage';
import { describe, expect, it } from 'vitest';
import { fileApp } from './file-app.js';
import { expectHealth } from './health.js';
import { createTestApp } from './helpers.js';

const t = await fileApp();

describe('health', () => {
  it('reports each dependency', async () => {
    await expectHealth(t.app, {
      status: 'ok',
      database: { status: 'ok', kind: 'embedded-postgres' },
      storage: { status: 'ok', kind: 'local-disk' },
      search: { status: 'ok', kind: 'postgres' },
    });
  });
});

describe('health with a dependency down', () => {
  it('stays up and reports the object store down as degraded', async () => {
    const unreachable = createMinioStore({
      endPoint: '127.0.0.1',
      port: 1,
      useSSL: false,
      accessKey: 'x',
      secretKey: 'y',
      bucket: 'hoclieu',
      healthTimeoutMs: 1000,
    });
    const degraded = await createTestApp({ storage: unreachable });
    try {
      await expectHealth(degraded.app, {
        status: 'degraded',
        database: { status: 'ok' },
        storage: { status: 'down', kind: 'minio' },
      });
    } finally {
      await degraded.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents every endpoint of the contracts', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = Object.values(endpoints)
      .flatMap((group) => Object.values(group))
      .map((e) => `${e.method} ${e.path.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{*}')}`);
    expect(documented.sort()).toEqual(expect.arrayContaining(declared.sort()));
    expect(declared.length).toBeGreaterThan(15);
  });
});

describe('errors', () => {
  it('answers an unknown API route with the uniform body', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'Địa chỉ API không tồn tại.' },
      requestId: expect.any(String),
    });
  });

  it('never leaks internals in a 500', async () => {
    const broken = await createTestApp();
    try {
      await broken.db.$executeRawUnsafe('DROP TABLE "Session" CASCADE');
      const me = await broken.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { hoclieu_session: 'abc' },
      });
      expect(me.statusCode).toBe(500);
      expect(me.json().error).toEqual({
        code: 'INTERNAL_ERROR',
        message: expect.stringContaining('Đã có lỗi hệ thống'),
      });
      expect(me.body).not.toMatch(/Session|prisma|relation|stack/i);
    } finally {
      await broken.close();
    }
  });
});

describe('security headers', () => {
  it('sets CSP, frame-ancestors, nosniff and a referrer policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});
