import { describe, expect, it } from 'vitest';
import { createBlobStore, storageConfigSchema } from '../src/index.js';

const MINIO_ENV = {
  STORAGE: 'minio',
  MINIO_ENDPOINT: 'minio.internal',
  MINIO_PORT: '9000',
  MINIO_ACCESS_KEY: 'hoclieu',
  MINIO_SECRET_KEY: 'a-long-secret',
};

describe('storageConfigSchema', () => {
  it('defaults to local disk and the hoclieu bucket', () => {
    expect(storageConfigSchema.parse({})).toMatchObject({
      STORAGE: 'local',
      MINIO_BUCKET: 'hoclieu',
      MINIO_USE_SSL: false,
    });
  });

  it('reads MinIO settings from env strings', () => {
    const config = storageConfigSchema.parse({ ...MINIO_ENV, MINIO_USE_SSL: 'false' });
    expect(config).toMatchObject({ MINIO_PORT: 9000, MINIO_USE_SSL: false });
    expect(storageConfigSchema.parse({ ...MINIO_ENV, MINIO_USE_SSL: 'true' }).MINIO_USE_SSL).toBe(true);
  });

  it('names every missing MinIO setting when STORAGE=minio', () => {
    const result = storageConfigSchema.safeParse({ STORAGE: 'minio', MINIO_ENDPOINT: 'minio.internal' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'MINIO_ACCESS_KEY',
      'MINIO_PORT',
      'MINIO_SECRET_KEY',
    ]);
  });

  it('refuses an unknown backend', () => {
    expect(storageConfigSchema.safeParse({ STORAGE: 's3' }).success).toBe(false);
  });
});

describe('createBlobStore', () => {
  it('builds the adapter the config names', () => {
    const local = createBlobStore(storageConfigSchema.parse({}), { defaultDir: '/tmp/hoclieu-blobs' });
    expect(local.kind).toBe('local-disk');
    const minio = createBlobStore(storageConfigSchema.parse(MINIO_ENV), { defaultDir: '/tmp/hoclieu-blobs' });
    expect(minio.kind).toBe('minio');
  });
});
