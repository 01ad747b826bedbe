import type { ShortAnswer } from '@hoclieu/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The accepted answers ("0,5"), compared as numbers by the grader, and the tolerance if any. */
export function ShortAnswerView({ answer }: { answer: ShortAnswer | null }) {
  const { t, i18n } = useTranslation();
  if (!answer || answer.accepted.length === 0) {
    return (
      <Text size="sm" c="red">
        {t('questionView.noAnswer')}
      </Text>
    );
  }
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {t('questionView.accepted')}:
      </Text>
      {answer.accepted.map((value) => (
        <Badge key={value} variant="light" color="teal" tt="none" size="lg">
          {value}
        </Badge>
      ))}
      {answer.tolerance !== null && answer.tolerance > 0 && (
        <Text size="sm" c="dimmed">
          {t('questionView.tolerance', { value: answer.tolerance.toLocaleString(i18n.language) })}
        </Text>
      )}
    </Group>
  );
}
