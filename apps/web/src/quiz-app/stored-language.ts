import type { Language } from '@hoclieu/contracts';

/**
 * The language this browser chose, without i18next: the light quiz page reads it too (it ships
 * without i18next and uses its own small dictionary).
 */
export const LANGUAGE_STORAGE_KEY = 'hoclieu.language';

export function storedLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Language {
  const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
}
