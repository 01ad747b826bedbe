import type { QuestionOption } from '@hoclieu/contracts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { CreditBadge } from './credit-badge';
import { OptionFeedback } from './feedback-view';

/**
 * A. … B. … with the correct options marked, each option's own share of the points ("50 %") and
 * its feedback (for staff: students never see the bank).
 */
export function OptionsView({ options, showAnswers }: { options: QuestionOption[]; showAnswers: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ol" className="question-options" p={0} m={0}>
      {options.map((option) => {
        const marked = showAnswers && option.correct;
        return (
          <Paper
            key={option.label}
            component="li"
            withBorder
            px="sm"
            py={6}
            radius="sm"
            data-correct={marked || undefined}
            className="question-option"
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text fw={700} c={marked ? 'teal.8' : undefined} aria-hidden>
                {option.label}.
              </Text>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <RichContent html={option.html} />
                {showAnswers && <OptionFeedback html={option.feedback} />}
              </Stack>
              {showAnswers && <CreditBadge credit={option.credit} />}
              {marked && (
                <Text size="sm" fw={700} c="teal.8" role="img" aria-label={t('questionView.correct')}>
                  ✓
                </Text>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
