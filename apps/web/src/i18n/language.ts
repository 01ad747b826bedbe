import type { Language } from '@hoclieu/contracts';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '../quiz-app/stored-language';
import { type Messages, vi } from './vi';

/**
 * The language machinery without the English messages: Vietnamese (the default) is bundled, English
 * is fetched only when a user has chosen it, so a Vietnamese page does not download both.
 */
const languages: Language[] = ['vi', 'en'];

export { storedLanguage };

export function currentLanguage(instance: i18n): Language {
  return instance.language === 'en' ? 'en' : 'vi';
}

/** The messages of one language (English in a chunk of its own). */
export async function loadMessages(language: Language): Promise<Messages> {
  return language === 'en' ? (await import('./en')).en : vi;
}

/** Switches the language (loading its messages first) and remembers the choice in this browser. */
export async function chooseLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation'))
    instance.addResourceBundle(language, 'translation', await loadMessages(language));
  await instance.changeLanguage(language);
  globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
}

/** One i18next instance per app (and per test) with the messages at hand; Vietnamese is always there. */
export function initI18n(language: Language, messages: Partial<Record<Language, Messages>> = {}): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  const all: Partial<Record<Language, Messages>> = { vi, ...messages };
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: languages,
    resources: Object.fromEntries(Object.entries(all).map(([lng, translation]) => [lng, { translation }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
