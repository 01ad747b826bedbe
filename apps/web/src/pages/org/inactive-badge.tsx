import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks a deactivated unit in a list (its row is also greyed). */
export function InactiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (active) return null;
  return (
    <Badge color="gray" variant="light" size="sm" ml={6}>
      {t('orgAdmin.inactive')}
    </Badge>
  );
}

/** Row style of a deactivated unit: greyed, still readable. */
export const inactiveRow = (active: boolean) => (active ? undefined : { opacity: 0.55 });
