import type { Language } from '@hoclieu/contracts';
import type { i18n } from 'i18next';
import { en } from './en';
import { initI18n, storedLanguage } from './language';

/**
 * An i18next instance with every language loaded at once (tests and tools). The app itself starts
 * from `initI18n` in ./language with only the language in use, see main.tsx.
 */
export function createI18n(language: Language = storedLanguage()): i18n {
  return initI18n(language, { en });
}
