export const MIN_PASSWORD_LENGTH = 8;

/** At least 8 characters with both letters and digits; long passphrases pass on length alone. */
export function isStrongPassword(password: string): boolean {
  if (password.length >= 16) return true;
  return password.length >= MIN_PASSWORD_LENGTH && /\p{L}/u.test(password) && /\d/.test(password);
}
