import { Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCredit } from '../view/credit-format';
import { FeedbackEditor } from './feedback-editor';
import { MathTextField } from './math-text-field';
import { correctShortcutIndex, markCorrect } from './option-keys';
import { OptionsEditor } from './options-editor';
import type { PartDraft, QuestionDraft } from './question-draft';
import { ShortAnswerEditor } from './short-answer-editor';
import { StatementsEditor } from './statements-editor';

interface PartEditorProps<T extends PartDraft | QuestionDraft> {
  value: T;
  onChange: (next: T) => void;
}

/**
 * Stem, answers of the type, rubric, solution, feedback and hints of one question (a group's child
 * included).
 */
export function PartEditor<T extends PartDraft | QuestionDraft>({ value, onChange }: PartEditorProps<T>) {
  const { t, i18n } = useTranslation();
  const patch = (changes: Partial<PartDraft>) => onChange({ ...value, ...changes });
  const isChoice = value.type === 'single_choice' || value.type === 'multiple_select';

  // Alt+1…8 anywhere in this question: mark option N (or flip statement N of a Đúng/Sai question).
  const onKeyDown = (event: KeyboardEvent) => {
    const index = correctShortcutIndex(event);
    if (index === null) return;
    if (isChoice && index < value.options.length) {
      event.preventDefault();
      event.stopPropagation();
      patch({ options: markCorrect(value.options, index, value.type === 'multiple_select') });
    } else if (value.type === 'true_false_group' && index < value.statements.length) {
      event.preventDefault();
      event.stopPropagation();
      patch({
        statements: value.statements.map((s, at) => (at === index ? { ...s, correct: !s.correct } : s)),
      });
    }
  };

  return (
    <Stack gap="md" onKeyDown={onKeyDown}>
      <MathTextField
        label={t('questionEditor.stem')}
        description={t('questionEditor.mathHint')}
        withAsterisk
        value={value.stem}
        onChange={(stem) => patch({ stem })}
      />
      {isChoice && (
        <OptionsEditor
          options={value.options}
          multiple={value.type === 'multiple_select'}
          onChange={(options) => patch({ options })}
        />
      )}
      {value.type === 'true_false_group' && (
        <StatementsEditor statements={value.statements} onChange={(statements) => patch({ statements })} />
      )}
      {value.type === 'short_answer' && (
        <ShortAnswerEditor accepted={value.accepted} tolerance={value.tolerance} onChange={patch} />
      )}
      {value.type === 'short_answer' && value.credited.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('questionEditor.creditedKept', {
            list: value.credited
              .map((a) => {
                const tolerance = a.tolerance ? ` ±${a.tolerance.toLocaleString(i18n.language)}` : '';
                return `${a.text}${tolerance}: ${formatCredit(a.credit, i18n.language)}`;
              })
              .join('; '),
          })}
        </Text>
      )}
      {value.type === 'essay' && (
        <MathTextField
          label={t('questionView.rubric')}
          description={t('questionEditor.rubricHint')}
          value={value.rubric}
          onChange={(rubric) => patch({ rubric })}
        />
      )}
      <MathTextField
        label={t('questionView.solution')}
        value={value.solution}
        onChange={(solution) => patch({ solution })}
      />
      <FeedbackEditor feedback={value.feedback} hints={value.hints} onChange={patch} />
    </Stack>
  );
}
