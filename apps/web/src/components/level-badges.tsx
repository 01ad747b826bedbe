import type { SchoolLevel } from '@hoclieu/contracts';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadgeStyles } from './wrapping-badge';

const colors: Record<SchoolLevel, string> = {
  primary: 'teal',
  lower_secondary: 'blue',
  upper_secondary: 'grape',
  continuing: 'orange',
};

export function LevelBadges({ levels }: { levels: SchoolLevel[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {levels.map((level) => (
        <Badge key={level} color={colors[level]} variant="light" size="sm" styles={wrappingBadgeStyles}>
          {t(`levels.${level}`)}
        </Badge>
      ))}
    </Group>
  );
}
