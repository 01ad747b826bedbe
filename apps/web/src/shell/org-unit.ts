import type { SessionUser } from '@hoclieu/contracts';

/** The unit a user belongs to, most specific first; `null` for sector-wide accounts. */
export function orgUnitName(user: SessionUser): string | null {
  return user.school?.name ?? user.district?.name ?? user.province?.name ?? null;
}

export function initials(fullName: string): string {
  const words = fullName
    .replace(/\(.*\)/, '')
    .trim()
    .split(/\s+/);
  const letters = words.length > 1 ? [words.at(-2), words.at(-1)] : [words[0]];
  return letters
    .map((word) => word?.charAt(0) ?? '')
    .join('')
    .toUpperCase();
}
