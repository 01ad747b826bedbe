import { ActionIcon, Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AnswerInputProps, normalizeAnswer } from './paper-items';

/**
 * Phần III: a number, with the decimal keyboard ("0,5": the grader reads a comma as the decimal
 * point). Some Android decimal keyboards have no minus key, hence the sign button.
 */
export function ShortAnswerInput({ item, value, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const text = value?.text ?? '';
  const change = (next: string) => onChange(normalizeAnswer({ text: next }));
  const toggleSign = () => change(text.startsWith('-') ? text.slice(1) : `-${text}`);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={t('quiz.shortAnswer')}
        description={t('quiz.shortAnswerHint')}
        name={`item-${item.key}`}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        inputMode="decimal"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={20}
        size="md"
        disabled={disabled}
        style={{ flex: 1, maxWidth: 260 }}
      />
      <ActionIcon
        variant="default"
        size={42}
        onClick={toggleSign}
        disabled={disabled}
        aria-label={t('quiz.toggleSign')}
      >
        ±
      </ActionIcon>
    </Group>
  );
}

/** Tự luận: a plain text answer that grows with what is written. */
export function EssayInput({ item, value, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('quiz.essay')}
      name={`item-${item.key}`}
      value={value?.text ?? ''}
      onChange={(event) => onChange(normalizeAnswer({ text: event.currentTarget.value }))}
      autosize
      minRows={5}
      maxLength={20_000}
      disabled={disabled}
    />
  );
}
