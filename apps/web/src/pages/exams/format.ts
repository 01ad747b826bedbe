import { useTranslation } from 'react-i18next';

/** Scores as teachers write them: "7,25" in Vietnamese, at most two decimals. */
export function useScoreFormat() {
  const { i18n } = useTranslation();
  return (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
}

/** The decimal mark NumberInput should accept: a comma in Vietnamese ("0,25"). */
export function useDecimalSeparator(): string {
  const { i18n } = useTranslation();
  return (1.5).toLocaleString(i18n.language).charAt(1);
}
