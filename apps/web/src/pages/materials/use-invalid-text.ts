import { useTranslation } from 'react-i18next';

/** The error under a metadata field the server found invalid (none on the others). */
export function useInvalidText(invalid: Set<string>) {
  const { t } = useTranslation();
  return (field: string) => (invalid.has(field) ? t('materialForm.invalid') : undefined);
}
