import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCredit } from './credit-format';

const colorOf = (credit: number) =>
  credit >= 1 ? 'teal' : credit > 0 ? 'yellow' : credit < 0 ? 'red' : 'gray';

/** An option's own share of the points ("50 %", "−25 %"), shown only when the option carries one. */
export function CreditBadge({ credit }: { credit: number | undefined }) {
  const { t, i18n } = useTranslation();
  if (credit === undefined) return null;
  const value = formatCredit(credit, i18n.language);
  return (
    <Badge
      variant="light"
      color={colorOf(credit)}
      tt="none"
      role="img"
      aria-label={t('questionView.credit', { value })}
    >
      {value}
    </Badge>
  );
}
