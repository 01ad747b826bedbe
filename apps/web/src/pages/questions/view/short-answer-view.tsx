import type { ShortAnswer } from '@hoclieu/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCredit } from './credit-format';
import { OptionFeedback } from './feedback-view';

/**
 * The accepted answers ("0,5"), compared as numbers by the grader, and the tolerance if any; then
 * the answers earning part of the points, each with its share, tolerance and feedback.
 */
export function ShortAnswerView({ answer }: { answer: ShortAnswer | null }) {
  const { t, i18n } = useTranslation();
  if (!answer || answer.accepted.length === 0) {
    return (
      <Text size="sm" c="red">
        {t('questionView.noAnswer')}
      </Text>
    );
  }
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Stack gap={6}>
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
      {answer.credited?.length ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('questionView.credited')}:
          </Text>
          {answer.credited.map((credited, index) => (
            // Credited answers have no identity but their order.
            <Stack key={index} gap={2}>
              <Group gap="xs">
                <Badge variant="light" color="yellow" tt="none" size="lg">
                  {credited.text}
                </Badge>
                <Text size="sm">{formatCredit(credited.credit, i18n.language)}</Text>
                {credited.tolerance !== null && credited.tolerance > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('questionView.tolerance', { value: number(credited.tolerance) })}
                  </Text>
                )}
              </Group>
              <OptionFeedback html={credited.feedback} />
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
