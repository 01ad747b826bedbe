import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// The package's `Algorithm` is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes). */
export function createPasswordHasher(): PasswordHasher {
  const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
  return {
    hash: (password) => hash(password, options),
    verify: async (stored, password) => {
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
