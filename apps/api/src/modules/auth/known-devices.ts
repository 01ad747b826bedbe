import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The browser's record of the accounts that signed in on it (OWASP's "device cookies"). */
export const DEVICE_COOKIE = 'hoclieu_device';
/** A shared computer room: the last few accounts are remembered, older ones drop off. */
const MAX_ACCOUNTS = 20;
const TOKEN = /^[\w-]{22}$/;

/**
 * A browser where an account signed in with its password before is that account's own: its sign-ins
 * skip the delays others' failures put on the account or the address (a whole school shares one NAT
 * address). The cookie is a random device id and one keyed tag per account signed in here, so it
 * names nobody and cannot be forged; failures sent with it count against that device id, and a
 * device that keeps failing is trusted no more (login-throttle.ts), so a copied cookie buys little.
 */
export function createKnownDevices(secret: string) {
  const key = createHmac('sha256', secret).update('known-device').digest();
  const tagOf = (device: string, username: string) =>
    createHmac('sha256', key).update(`${device}\n${username}`).digest('base64url').slice(0, 22);
  const parse = (cookie: string | undefined) => {
    const [device = '', ...tags] = (cookie ?? '').split('.');
    return TOKEN.test(device) ? { device, tags: tags.filter((tag) => TOKEN.test(tag)) } : null;
  };
  return {
    /** The browser's device id when `username` signed in on it before, else null. */
    deviceOf(cookie: string | undefined, username: string): string | null {
      const parsed = parse(cookie);
      if (!parsed) return null;
      const wanted = Buffer.from(tagOf(parsed.device, username));
      return parsed.tags.some((tag) => timingSafeEqual(Buffer.from(tag), wanted)) ? parsed.device : null;
    },
    /** The cookie's new value once `username` signed in on this browser. */
    remember(cookie: string | undefined, username: string): string {
      const parsed = parse(cookie);
      const device = parsed?.device ?? randomBytes(16).toString('base64url').slice(0, 22);
      const tag = tagOf(device, username);
      const others = (parsed?.tags ?? []).filter((t) => t !== tag);
      return [device, tag, ...others].slice(0, MAX_ACCOUNTS + 1).join('.');
    },
  };
}

export type KnownDevices = ReturnType<typeof createKnownDevices>;
