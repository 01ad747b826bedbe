import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, presignedUploadOrigins } from '../src/env.js';

describe('loadConfig', () => {
  it('runs on the embedded default with no variables set', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test' });
    expect(config).toMatchObject({
      databaseUrl: undefined,
      seedDemo: true,
      port: 3000,
      uploadMaxBytes: 2 * 1024 ** 3,
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses production on a real database without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/hoclieu' })).toThrow(
      ConfigError,
    );
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ STORAGE: 'minio' })).toThrow(/MINIO_ENDPOINT/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('believes no forwarded headers unless told which proxy to trust', () => {
    const trust = (TRUST_PROXY?: string) =>
      loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test', TRUST_PROXY }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('loopback')).toEqual(['loopback']);
    expect(trust('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trust(' 10.0.0.0/8, ::1 ,loopback,fd00::/8')).toEqual([
      '10.0.0.0/8',
      '::1',
      'loopback',
      'fd00::/8',
    ]);
    expect(trust('2')).toBe(2);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    for (const bad of ['nginx', '10.0.0.0/33', '300.1.1.1', '', '1.2.3.4/8/1', '127.0.0.1;']) {
      expect(() => trust(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('makes the session cookie Secure in production unless explicitly turned off', () => {
    const secure = (env: Record<string, string>) =>
      loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test', SESSION_SECRET: 'x'.repeat(32), ...env }).cookieSecure;
    expect(secure({ NODE_ENV: 'production' })).toBe(true);
    expect(secure({ NODE_ENV: 'production', COOKIE_SECURE: 'false' })).toBe(false);
    expect(secure({})).toBe(false);
    expect(secure({ COOKIE_SECURE: 'true' })).toBe(true);
  });

  it('lets the browser connect to the object store of presigned uploads', () => {
    const base = {
      DATA_DIR: '/tmp/hoclieu-env-test',
      STORAGE: 'minio',
      MINIO_ENDPOINT: 'minio',
      MINIO_PORT: '9000',
      MINIO_ACCESS_KEY: 'a',
      MINIO_SECRET_KEY: 'b',
    };
    expect(presignedUploadOrigins(loadConfig(base))).toEqual(['http://minio:9000']);
    expect(
      presignedUploadOrigins(loadConfig({ ...base, MINIO_PUBLIC_URL: 'https://files.example.edu.vn/x' })),
    ).toEqual(['https://files.example.edu.vn']);
    expect(presignedUploadOrigins(loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test' }))).toEqual([]);
  });
});
