import { cognitiveLevels, type QuestionMeta } from '@hoclieu/contracts';
import { Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubjectGradeTopicFields } from './subject-grade-topic-fields';

interface QuestionMetaFieldsProps {
  value: QuestionMeta;
  onChange: (patch: Partial<QuestionMeta>) => void;
}

/** 1 (easy) to 5 (hard), as the contract counts them. */
export const difficultyNames = ['veryEasy', 'easy', 'medium', 'hard', 'veryHard'] as const;

/** What the question is about and how hard it is: edited in place, never a new version. */
export function QuestionMetaFields({ value, onChange }: QuestionMetaFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SubjectGradeTopicFields value={value} onChange={onChange} />
      <Textarea
        label={t('questionMeta.learningOutcome')}
        description={t('questionMeta.learningOutcomeHint')}
        autosize
        minRows={2}
        maxLength={1000}
        value={value.learningOutcome}
        onChange={(event) => onChange({ learningOutcome: event.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          label={t('questionMeta.level')}
          clearable
          value={value.level}
          data={cognitiveLevels.map((level) => ({ value: level, label: t(`questions.levels.${level}`) }))}
          onChange={(level) => onChange({ level: (level as QuestionMeta['level']) ?? null })}
        />
        <Select
          label={t('questionMeta.difficulty')}
          clearable
          value={value.difficulty ? String(value.difficulty) : null}
          data={difficultyNames.map((name, index) => ({
            value: String(index + 1),
            label: t(`questionMeta.difficulties.${name}`),
          }))}
          onChange={(picked) => onChange({ difficulty: picked ? Number(picked) : null })}
        />
      </SimpleGrid>
      <TagsInput
        label={t('questionMeta.tags')}
        description={t('questionMeta.tagsHint')}
        value={value.tags}
        maxTags={20}
        onChange={(tags) => onChange({ tags })}
        clearable
      />
      <TextInput
        label={t('questionMeta.source')}
        placeholder={t('questionMeta.sourcePlaceholder')}
        maxLength={300}
        value={value.source}
        onChange={(event) => onChange({ source: event.currentTarget.value })}
      />
    </Stack>
  );
}
