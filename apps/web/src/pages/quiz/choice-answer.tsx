import { Button, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerInputProps, normalizeAnswer } from './paper-items';
import { ServerHtml } from './server-html';

/**
 * Options as big rows, each one a label around its radio (or checkbox): the whole row takes the
 * tap. Answers carry the original label; the student sees the paper's letter (`display`).
 */
export function ChoiceAnswer({ item, value, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const multiple = item.type === 'multiple_select';
  const chosen = multiple ? (value?.choices ?? []) : value?.choice ? [value.choice] : [];

  const toggle = (label: string) => {
    if (!multiple) return onChange({ choice: label });
    const next = chosen.includes(label) ? chosen.filter((l) => l !== label) : [...chosen, label].sort();
    onChange(normalizeAnswer({ choices: next }));
  };

  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-describedby={hintId} className="quiz-options">
      <Text id={hintId} size="sm" c="dimmed">
        {t(multiple ? 'quiz.chooseMany' : 'quiz.chooseOne')}
      </Text>
      {item.options.map((option) => {
        const checked = chosen.includes(option.label);
        return (
          <label key={option.label} className="quiz-option" data-checked={checked || undefined}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              className="quiz-option-input"
              name={`item-${item.key}`}
              value={option.label}
              checked={checked}
              disabled={disabled}
              onChange={() => toggle(option.label)}
            />
            <span className="quiz-option-letter">
              {option.display}
              <span className="visually-hidden">.</span>
            </span>{' '}
            <ServerHtml html={option.html} inline className="quiz-option-text" />
          </label>
        );
      })}
      {!multiple && chosen.length > 0 && !disabled && (
        <Button variant="subtle" size="compact-sm" color="gray" onClick={() => onChange(null)}>
          {t('quiz.clear')}
        </Button>
      )}
    </div>
  );
}
