import type { Language } from '@hoclieu/contracts';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const languages: Language[] = ['vi', 'en'];
const STORAGE_KEY = 'hoclieu.language';

export function storedLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Language {
  const value = storage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
}

export function currentLanguage(instance: i18n): Language {
  return instance.language === 'en' ? 'en' : 'vi';
}

/** Switches the language and remembers the choice in this browser. */
export async function chooseLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}

/** One i18next instance per app (and per test), Vietnamese unless the browser remembers otherwise. */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: languages,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
