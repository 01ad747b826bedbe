import { Button, Checkbox, CloseButton, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceLetter, ChoiceList } from './choice-list';
import { MathTextField } from './math-text-field';
import { OptionExtras } from './option-extras';
import {
  insertOptionAfter,
  MAX_OPTIONS,
  MIN_OPTIONS,
  markCorrect,
  pasteOptions,
  removeOptionAt,
  splitPastedOptions,
} from './option-keys';
import { type ChoiceDraft, optionLabels } from './question-draft';

interface OptionsEditorProps {
  options: ChoiceDraft[];
  multiple: boolean;
  onChange: (options: ChoiceDraft[]) => void;
}

/**
 * Options A–H typed at keyboard speed: Enter goes to the next option (adding it after the last),
 * Backspace in an empty one removes it, a pasted "A. … B. … C. …" block is split, Alt+1…8 marks the correct one (see PartEditor).
 */
export function OptionsEditor({ options, multiple, onChange }: OptionsEditorProps) {
  const { t } = useTranslation();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  // Partial credit and option feedback stay out of the way unless the question already has some.
  const [extras, setExtras] = useState(() =>
    options.some((o) => o.credit !== undefined || Boolean(o.feedback?.trim())),
  );
  useEffect(() => {
    if (focusAt === null) return;
    const input = inputs.current[focusAt];
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
    setFocusAt(null);
  }, [focusAt]);

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // A Vietnamese input method may still be composing a letter: its Enter is not ours.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      // Enter goes to the next option; in the last one it adds one (up to H).
      const next = index === options.length - 1 ? insertOptionAfter(options, index) : null;
      if (next) onChange(next);
      setFocusAt(Math.min(index + 1, (next ?? options).length - 1));
    } else if (event.key === 'Backspace' && event.currentTarget.value === '') {
      const next = removeOptionAt(options, index);
      if (!next) return;
      event.preventDefault();
      onChange(next);
      setFocusAt(Math.max(0, index - 1));
    }
  };
  const onPaste = (index: number) => (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const parts = splitPastedOptions(event.clipboardData.getData('text/plain'));
    if (!parts) return;
    event.preventDefault();
    const next = pasteOptions(options, index, parts);
    onChange(next);
    setFocusAt(next.length - 1);
  };
  const setText = (index: number, text: string) =>
    onChange(options.map((option, at) => (at === index ? { ...option, text } : option)));
  const setOption = (index: number, next: ChoiceDraft) =>
    onChange(options.map((option, at) => (at === index ? next : option)));

  return (
    <ChoiceList label={t('questionEditor.options')}>
      {options.map((option, index) => {
        const label = optionLabels[index] ?? '';
        const Mark = multiple ? Checkbox : Radio;
        return (
          // Options are identified by their position: their label is their place in the list.
          <Stack key={index} gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Mark
                mt={8}
                checked={option.correct}
                onChange={() => onChange(markCorrect(options, index, multiple))}
                aria-label={t('questionEditor.correctOption', { label })}
              />
              <ChoiceLetter>{label}</ChoiceLetter>
              <MathTextField
                layout="below"
                value={option.text}
                onChange={(text) => setText(index, text)}
                aria-label={t('questionEditor.option', { label })}
                inputRef={(element) => {
                  inputs.current[index] = element;
                }}
                onKeyDown={onKeyDown(index)}
                onPaste={onPaste(index)}
              />
              <CloseButton
                mt={4}
                disabled={options.length <= MIN_OPTIONS}
                aria-label={t('questionEditor.removeOption', { label })}
                onClick={() => onChange(removeOptionAt(options, index) ?? options)}
              />
            </Group>
            {extras && (
              <OptionExtras option={option} label={label} onChange={(next) => setOption(index, next)} />
            )}
          </Stack>
        );
      })}
      <Group gap="sm">
        {options.length < MAX_OPTIONS && (
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => {
              onChange(insertOptionAfter(options, options.length - 1) ?? options);
              setFocusAt(options.length);
            }}
          >
            {t('questionEditor.addOption')}
          </Button>
        )}
        <Text size="xs" c="dimmed">
          {t('questionEditor.optionKeys')}
        </Text>
      </Group>
      <Switch
        size="sm"
        checked={extras}
        onChange={(event) => setExtras(event.currentTarget.checked)}
        label={t('questionEditor.creditAndFeedback')}
        description={extras ? t('questionEditor.creditAndFeedbackHint') : undefined}
      />
    </ChoiceList>
  );
}
