import { storedLanguage } from './stored-language';

/** The language chosen in the main app (this browser), read once when the quiz page loads. */
export const quizLanguage = storedLanguage();

/** 7,5 in Vietnamese, 7.5 in English. */
export function formatNumber(value: number): string {
  return value.toLocaleString(quizLanguage, { maximumFractionDigits: 2 });
}
