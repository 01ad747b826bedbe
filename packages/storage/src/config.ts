import { z } from 'zod';
import type { BlobStore } from './blob-store.js';
import { createLocalDiskStore } from './local-disk-store.js';
import { createMinioStore, type MinioStoreOptions } from './minio-store.js';

const MINIO_REQUIRED = ['MINIO_ENDPOINT', 'MINIO_PORT', 'MINIO_ACCESS_KEY', 'MINIO_SECRET_KEY'] as const;

/** The storage slice of the environment; the API parses it once at start-up. */
export const storageConfigSchema = z
  .object({
    STORAGE: z.enum(['local', 'minio']).default('local'),
    STORAGE_DIR: z.string().min(1).optional(),
    MINIO_ENDPOINT: z.string().min(1).optional(),
    MINIO_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    MINIO_USE_SSL: z.stringbool().default(false),
    MINIO_ACCESS_KEY: z.string().min(1).optional(),
    // No default: a secret must never fall back silently.
    MINIO_SECRET_KEY: z.string().min(1).optional(),
    MINIO_BUCKET: z.string().min(3).max(63).default('hoclieu'),
    MINIO_REGION: z.string().min(1).optional(),
    /** Address browsers use for presigned uploads/downloads when it differs from MINIO_ENDPOINT. */
    MINIO_PUBLIC_URL: z.url().optional(),
  })
  .superRefine((config, context) => {
    if (config.STORAGE !== 'minio') return;
    for (const name of MINIO_REQUIRED) {
      if (config[name] === undefined) {
        context.addIssue({ code: 'custom', path: [name], message: `${name} is required when STORAGE=minio` });
      }
    }
  });

export type StorageConfig = z.output<typeof storageConfigSchema>;

export function createBlobStore(config: StorageConfig, defaults: { defaultDir: string }): BlobStore {
  if (config.STORAGE === 'local') {
    return createLocalDiskStore({ root: config.STORAGE_DIR ?? defaults.defaultDir });
  }
  return createMinioStore(minioOptions(config));
}

function minioOptions(config: StorageConfig): MinioStoreOptions {
  const { MINIO_ENDPOINT: endPoint, MINIO_PORT: port, MINIO_ACCESS_KEY: accessKey } = config;
  const secretKey = config.MINIO_SECRET_KEY;
  // The schema already guarantees these; this guards configs built by hand (tests, scripts).
  if (endPoint === undefined || port === undefined || accessKey === undefined || secretKey === undefined) {
    throw new Error(`${MINIO_REQUIRED.join(', ')} are required when STORAGE=minio`);
  }
  return {
    endPoint,
    port,
    useSSL: config.MINIO_USE_SSL,
    accessKey,
    secretKey,
    bucket: config.MINIO_BUCKET,
    region: config.MINIO_REGION,
    publicUrl: config.MINIO_PUBLIC_URL,
  };
}
