export interface ZipLimits {
  /** Entries in the central directory (files and folders). */
  maxEntries: number;
  /** Sum of the uncompressed sizes; also the cap on bytes actually inflated by `verifyContent`. */
  maxTotalUncompressedBytes: number;
  /** An entry (or the whole zip) is a bomb when it inflates more than this ratio... */
  maxCompressionRatio: number;
  /** ...and to more than this many bytes (small, very compressible files are normal). */
  ratioCheckMinBytes: number;
  allowNestedArchives: boolean;
  /**
   * Inflate every entry (bytes discarded) to check that the content matches the declared sizes
   * and that no entry is a native executable in disguise. Costs CPU, bounded by the limits.
   */
  verifyContent: boolean;
  timeoutMs: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 50 * 1024 ** 2,
  allowNestedArchives: false,
  verifyContent: false,
  timeoutMs: 120_000,
};

export function zipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  return { ...DEFAULT_ZIP_LIMITS, ...overrides };
}
