import type { OutcomeFeedback } from '@hoclieu/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';

const OUTCOMES = ['correct', 'partial', 'incorrect'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The feedback shown beside an option (or a credited answer) once the keys are out. */
export function OptionFeedback({ html }: { html: string | undefined }) {
  const { t } = useTranslation();
  if (!html) return null;
  return (
    <Text component="div" size="sm" c="dimmed">
      <Text span fw={600} size="sm">
        {t('questionView.feedback')}:
      </Text>{' '}
      <RichContent html={html} style={{ display: 'inline-block' }} />
    </Text>
  );
}

interface FeedbackPanelProps {
  feedback: OutcomeFeedback | undefined;
  hints: string[] | undefined;
  /**
   * The student's outcome: only its feedback is shown; null: none (an essay still to be marked).
   * Absent (staff): every outcome, labelled.
   */
  outcome?: Outcome | null;
}

/** Feedback by outcome and hints, shown with the solution (for staff, or once the keys are out). */
export function FeedbackPanel({ feedback, hints, outcome }: FeedbackPanelProps) {
  const { t } = useTranslation();
  const shown = OUTCOMES.filter((o) => feedback?.[o] && (outcome === undefined || o === outcome));
  if (shown.length === 0 && !hints?.length) return null;
  return (
    <Paper bg="gray.0" p="sm" radius="sm">
      <Stack gap="xs">
        {shown.map((o) => (
          <div key={o}>
            <Text size="sm" fw={600}>
              {t(`questionView.outcomes.${o}`)}
            </Text>
            <RichContent html={feedback?.[o] ?? ''} />
          </div>
        ))}
        {hints?.length ? (
          <div>
            <Text size="sm" fw={600}>
              {t('questionView.hints')}
            </Text>
            <Stack gap={4} component="ol" m={0} pl="md">
              {hints.map((hint, index) => (
                // Hints have no identity but their order.
                <li key={index}>
                  <RichContent html={hint} />
                </li>
              ))}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
