import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// The package's `Algorithm` is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2;

export interface PasswordHasher {
  /** A password the user chose: argon2id. */
  hash(password: string): Promise<string>;
  /**
   * A server-generated one-time password (temporaryPassword(), changed at first login): a keyed
   * HMAC-SHA256, fast enough for 300,000 imported accounts. See README, "One-time passwords".
   */
  hashOneTime(password: string): Promise<string>;
  /** Checks either kind of hash. */
  verify(hash: string, password: string): Promise<boolean>;
}

const ONE_TIME_PREFIX = '$otp-hmac-sha256$';

/** A keyed one-time hash checks in microseconds, where argon2id takes tens of milliseconds. */
export const isOneTimeHash = (stored: string) => stored.startsWith(ONE_TIME_PREFIX);

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes) for chosen passwords. One-time
 * passwords are random (about 58 bits), so a keyed fast hash protects them: without the key
 * (derived from SESSION_SECRET) a stolen hash cannot even be tried. Without a key (tools that
 * create no accounts) one-time passwords get argon2id too.
 */
export function createPasswordHasher({ oneTimeKey }: { oneTimeKey?: string } = {}): PasswordHasher {
  const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
  const key = oneTimeKey ? createHmac('sha256', oneTimeKey).update('one-time-password').digest() : null;
  const mac = (salt: string, password: string) =>
    createHmac('sha256', key ?? '')
      .update(`${salt}$${password}`)
      .digest('base64url');
  return {
    hash: (password) => hash(password, options),
    hashOneTime: async (password) => {
      if (!key) return hash(password, options);
      const salt = randomBytes(12).toString('base64url');
      return `${ONE_TIME_PREFIX}${salt}$${mac(salt, password)}`;
    },
    verify: async (stored, password) => {
      if (stored.startsWith(ONE_TIME_PREFIX)) {
        const [salt = '', expected = ''] = stored.slice(ONE_TIME_PREFIX.length).split('$');
        if (!key) return false;
        const actual = Buffer.from(mac(salt, password));
        const wanted = Buffer.from(expected);
        return actual.length === wanted.length && timingSafeEqual(actual, wanted);
      }
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}

// No 0/O, 1/l/I: temporary passwords are read aloud and copied from paper.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password for a new or reset account; the user must change it at first login. */
export function temporaryPassword(length = 10): string {
  let password = '';
  while (!/\d/.test(password) || !/[a-zA-Z]/.test(password)) {
    password = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  }
  return password;
}
