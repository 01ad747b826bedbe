import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The first-admin setup token, derived from SESSION_SECRET: every API process of one installation
 * prints and accepts the same token, and it is stored nowhere. It opens nothing once a system
 * administrator exists. Whoever can read the server log or the secret may set the system up, as
 * with Gitea's and Grafana's install tokens.
 */
export function setupToken(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret)
    .update('hoclieu:first-admin-setup:v1')
    .digest('base64url')
    .slice(0, 32);
}

/** Compares in constant time (as long as the expected token), so timing tells nothing. */
export function isSetupToken(given: string, sessionSecret: string): boolean {
  const expected = Buffer.from(setupToken(sessionSecret));
  const actual = Buffer.alloc(expected.length);
  const bytes = Buffer.from(given);
  bytes.copy(actual, 0, 0, expected.length);
  return timingSafeEqual(actual, expected) && bytes.length === expected.length;
}

/** The line the server prints while no system administrator exists. */
export function setupLine(baseUrl: string, sessionSecret: string): string {
  const url = `${baseUrl}/cai-dat?token=${setupToken(sessionSecret)}`;
  return `Chưa có quản trị hệ thống. Mở ${url} / No system administrator yet: open ${url}`;
}
