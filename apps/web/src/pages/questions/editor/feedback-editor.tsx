import { Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FoldedSection } from '../../../components/folded-section';
import { type OutcomeDraft, outcomes } from './feedback-draft';
import { MathTextField } from './math-text-field';

interface FeedbackEditorProps {
  feedback: OutcomeDraft;
  hints: string[];
  onChange: (patch: { feedback?: OutcomeDraft; hints?: string[] }) => void;
}

/**
 * Feedback by outcome (right, partly right, wrong) and hints, folded away unless the question
 * has some: most questions have none, and students see them only once the keys are released.
 */
export function FeedbackEditor({ feedback, hints, onChange }: FeedbackEditorProps) {
  const { t } = useTranslation();
  const filled = hints.length > 0 || outcomes.some((o) => feedback[o].trim() !== '');
  const setHint = (index: number, text: string) =>
    onChange({ hints: hints.map((hint, at) => (at === index ? text : hint)) });
  return (
    <FoldedSection label={() => t('questionEditor.feedbackAndHints')} initiallyOpen={filled}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('questionEditor.feedbackAndHintsHint')}
        </Text>
        {outcomes.map((outcome) => (
          <MathTextField
            key={outcome}
            layout="below"
            minRows={1}
            label={t(`questionView.outcomes.${outcome}`)}
            value={feedback[outcome]}
            onChange={(text) => onChange({ feedback: { ...feedback, [outcome]: text } })}
          />
        ))}
        {hints.map((hint, index) => (
          // Hints are identified by their place in the list.
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <MathTextField
              layout="below"
              minRows={1}
              label={t('questionEditor.hint', { number: index + 1 })}
              value={hint}
              onChange={(text) => setHint(index, text)}
            />
            <CloseButton
              mt={24}
              aria-label={t('questionEditor.removeHint', { number: index + 1 })}
              onClick={() => onChange({ hints: hints.filter((_, at) => at !== index) })}
            />
          </Group>
        ))}
        {hints.length < 10 && (
          <Button
            variant="light"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onChange({ hints: [...hints, ''] })}
          >
            {t('questionEditor.addHint')}
          </Button>
        )}
      </Stack>
    </FoldedSection>
  );
}
