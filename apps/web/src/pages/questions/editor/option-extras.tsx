import { Group, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { creditPercent } from './feedback-draft';
import { MathTextField } from './math-text-field';
import type { ChoiceDraft } from './question-draft';

interface OptionExtrasProps {
  option: ChoiceDraft;
  label: string;
  onChange: (option: ChoiceDraft) => void;
}

/**
 * An option's share of the points, in percent (blank: it follows the correct mark), and the
 * feedback shown beside it once the keys are released.
 */
export function OptionExtras({ option, label, onChange }: OptionExtrasProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" pl={52}>
      <NumberInput
        size="xs"
        w={110}
        min={-100}
        max={100}
        suffix=" %"
        decimalScale={4}
        decimalSeparator={i18n.language === 'vi' ? ',' : '.'}
        placeholder={option.correct ? '100 %' : '0 %'}
        aria-label={t('questionEditor.optionCredit', { label })}
        value={option.credit === undefined ? '' : creditPercent(option.credit)}
        onChange={(value) => {
          const { credit: _old, ...rest } = option;
          onChange(
            typeof value === 'number' ? { ...rest, credit: Math.min(1, Math.max(-1, value / 100)) } : rest,
          );
        }}
      />
      <MathTextField
        layout="below"
        size="xs"
        minRows={1}
        placeholder={t('questionEditor.optionFeedback', { label })}
        aria-label={t('questionEditor.optionFeedback', { label })}
        value={option.feedback ?? ''}
        onChange={(feedback) => onChange({ ...option, feedback })}
      />
    </Group>
  );
}
