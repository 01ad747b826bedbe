import { type LearningFigure, learningKinds } from '@hoclieu/contracts';
import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadgeStyles } from '../../components/wrapping-badge';
import { statusColors, useShareFormat } from './share-format';

export function LearningStatus({ figure }: { figure: LearningFigure }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[figure.status]}
      variant="light"
      tt="none"
      data-status={figure.status}
      styles={wrappingBadgeStyles}
    >
      {t(`learningOnline.statuses.${figure.status}`)}
    </Badge>
  );
}

/** One figure: the share of students learning online, its target and status, and what they did. */
export function LearningFigureCard({ label, figure }: { label: string; figure: LearningFigure }) {
  const { t, i18n } = useTranslation();
  const format = useShareFormat();
  const count = (value: number) => value.toLocaleString(i18n.language);
  return (
    // Named apart from the online share's figure of the same unit or level on the same page.
    <Paper withBorder p="md" radius="md" role="group" aria-label={`${t('learningOnline.title')}: ${label}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={statusColors[figure.status]} data-testid="learning-share">
        {format.share(figure.share)}
      </Text>
      <Text size="sm">
        {figure.target === null
          ? t('reports.noTarget')
          : t('reports.target', { value: format.target(figure.target) })}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('learningOnline.share', { learning: count(figure.learning), students: count(figure.students) })}
      </Text>
      <LearningStatus figure={figure} />
      <Group gap={6} mt={8}>
        {learningKinds.map((kind) => (
          <Badge key={kind} variant="outline" color="gray" tt="none" styles={wrappingBadgeStyles}>
            {t(`learningOnline.kinds.${kind}`)}: {count(figure.byKind[kind])}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
