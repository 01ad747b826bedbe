export { assertBlobKey, MAX_BLOB_KEY_LENGTH } from './blob-key.js';
export type {
  BlobContent,
  BlobInfo,
  BlobStore,
  ByteRange,
  HealthReport,
  PutBlobOptions,
  RequestedRange,
  StoredBlob,
} from './blob-store.js';
export { createBlobStore, type StorageConfig, storageConfigSchema } from './config.js';
export { attachmentDisposition } from './content-disposition.js';
export {
  BlobNotFoundError,
  BlobTooLargeError,
  InvalidBlobKeyError,
  RangeNotSatisfiableError,
  StorageError,
  StorageUnavailableError,
} from './errors.js';
export { createLocalDiskStore, type LocalDiskStoreOptions } from './local-disk-store.js';
export { createMinioStore, type MinioStoreOptions } from './minio-store.js';
