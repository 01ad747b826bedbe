import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The way into Luyện tập from the student's home. The practice page is a view of the light quiz
 * entry (/luyen-tap, quiz.html), not a route of this app: a plain link loads it.
 */
export function PracticeEntry() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="practice-entry">
      <Stack gap="xs" align="flex-start">
        <Title order={2} fz="h4">
          {t('practice.title')}
        </Title>
        <Text size="sm">{t('practice.entry')}</Text>
        <Button component="a" href="/luyen-tap">
          {t('practice.open')}
        </Button>
      </Stack>
    </Paper>
  );
}
