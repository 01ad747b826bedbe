import { type QuestionType, questionTypeSchema } from '@hoclieu/contracts';
import { Chip, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TypePickerProps<T extends QuestionType> {
  value: T;
  onChange: (type: T) => void;
  /** A group's children cannot be groups. */
  withGroup?: boolean;
  label?: string;
}

/** Chips rather than a select: every type visible at once, and they wrap on a phone. */
export function TypePicker<T extends QuestionType>({
  value,
  onChange,
  withGroup = true,
  label,
}: TypePickerProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const types = questionTypeSchema.options.filter((type) => withGroup || type !== 'group');
  return (
    <div role="radiogroup" aria-labelledby={id}>
      <Text size="sm" fw={500} mb={6} id={id}>
        {label ?? t('questionEditor.type')}
      </Text>
      <Chip.Group value={value} onChange={(type) => onChange(type as T)}>
        <Group gap={6}>
          {types.map((type) => (
            <Chip key={type} value={type} size="sm" type="radio">
              {t(`questions.types.${type}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </div>
  );
}
