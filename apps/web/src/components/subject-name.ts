import { useTranslation } from 'react-i18next';
import { subjectNamesEn } from '../i18n/subjects-en';

/**
 * A subject's name in the page's language: in English the dictionary's name for its code
 * (i18n/subjects-en.ts), else `fallback`, the curriculum's own Vietnamese name as the API sent it.
 */
export function useSubjectName(): (code: string, fallback: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (code, fallback) => (english ? subjectNamesEn[code] : undefined) ?? fallback;
}
