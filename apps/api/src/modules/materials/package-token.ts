import { createHmac, timingSafeEqual } from 'node:crypto';

const TTL_MS = 6 * 60 * 60 * 1000;

/**
 * A capability for one HTML5 package: `<fileId>.<expiry>.<hmac>`. The detail page hands it to the
 * viewer who may see the material; the sandboxed frame then loads the package's pages, scripts and
 * images with it, whether or not the browser sends our cookie from an opaque origin.
 */
export function createPackageTokens(secret: string, clock: () => Date) {
  const sign = (payload: string) =>
    createHmac('sha256', `${secret}:packages`).update(payload).digest('base64url');
  return {
    issue(fileId: string): string {
      const payload = `${fileId}.${clock().getTime() + TTL_MS}`;
      return `${payload}.${sign(payload)}`;
    },
    /** The file id the token grants, or null when forged or expired. */
    verify(token: string): string | null {
      const [fileId, expiry, mac] = token.split('.');
      if (!fileId || !expiry || !mac) return null;
      const expected = Buffer.from(sign(`${fileId}.${expiry}`));
      const given = Buffer.from(mac);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return Number(expiry) > clock().getTime() ? fileId : null;
    },
  };
}

export type PackageTokens = ReturnType<typeof createPackageTokens>;
