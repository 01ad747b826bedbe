import { errorMessage } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { currentLanguage } from '../i18n/language';

/** Maps any thrown error to the message for its code in the current language (never the server's text). */
export function useErrorText() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (error: unknown): { text: string; requestId: string | null } => {
    if (error instanceof ApiError)
      return { text: errorMessage(error.code, language), requestId: error.requestId };
    return { text: errorMessage('INTERNAL_ERROR', language), requestId: null };
  };
}
