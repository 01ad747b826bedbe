export const MIN_PASSWORD_LENGTH = 8;
/** A passphrase this long passes on length alone. */
export const PASSPHRASE_LENGTH = 16;

/** Why a password is refused, in the order a user would fix it. */
export type PasswordProblem = 'too_short' | 'no_letter' | 'no_digit';

/** At least 8 characters with both letters and digits; long passphrases pass on length alone. */
export function passwordProblems(password: string): PasswordProblem[] {
  if (password.length >= PASSPHRASE_LENGTH) return [];
  const problems: PasswordProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (!/\p{L}/u.test(password)) problems.push('no_letter');
  if (!/\d/.test(password)) problems.push('no_digit');
  return problems;
}

export function isStrongPassword(password: string): boolean {
  return passwordProblems(password).length === 0;
}
