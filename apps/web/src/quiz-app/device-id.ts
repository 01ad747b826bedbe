/** The contracts' DEVICE_HEADER, written out: the quiz page imports no value from the contracts (no zod). */
export const DEVICE_HEADER = 'x-hoclieu-device';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const KEY = 'hoclieu.device';
const VALID = /^[A-Za-z0-9_-]{8,64}$/;

/** 16 random bytes in base64url: names this browser, says nothing about it. */
export function randomId(bytes = 16): string {
  const values = new Uint8Array(bytes);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(values);
  else for (let i = 0; i < bytes; i += 1) values[i] = Math.floor(Math.random() * 256);
  return btoa(String.fromCharCode(...values))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

let memory: string | null = null;

/**
 * This browser's device id for exam supervision: random, made once and kept in localStorage, sent
 * with an attempt's start, reads, saves and submit. Without storage (private mode) it lasts the page.
 */
export function deviceId(storage: Storage | null = globalThis.localStorage ?? null): string {
  try {
    const stored = storage?.getItem(KEY);
    if (stored && VALID.test(stored)) return stored;
    const made = randomId();
    storage?.setItem(KEY, made);
    if (storage?.getItem(KEY) === made) return made;
  } catch {
    // Forbidden or full: one id for this page.
  }
  memory ??= randomId();
  return memory;
}

/** The header carrying it. */
export const deviceHeaders = (): Record<string, string> => ({ [DEVICE_HEADER]: deviceId() });
