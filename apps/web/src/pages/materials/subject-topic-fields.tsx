import { schoolLevels } from '@hoclieu/contracts';
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubjectSelect } from '../curriculum/subject-select';
import { useGradeOptions, useTopicSelect } from '../curriculum/use-curriculum-options';
import { levelOfGrade, type MaterialFields } from './material-fields';

interface Props {
  value: MaterialFields;
  onChange: (patch: Partial<MaterialFields>) => void;
  invalid: Set<string>;
}

/** Cấp học, khối lớp, môn học and the chapters/lessons of that subject and grade. */
export function SubjectTopicFields({ value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const error = (field: string) => (invalid.has(field) ? t('materialForm.invalid') : undefined);
  const grades = useGradeOptions();
  const topicSelect = useTopicSelect(value.subjectCode, value.grade, t('materialForm.topicsHint'));

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('materialForm.level')}
          clearable
          value={value.level}
          data={schoolLevels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          onChange={(level) => onChange({ level: (level as MaterialFields['level']) ?? null })}
          error={error('level')}
        />
        <Select
          label={t('materialForm.grade')}
          clearable
          value={value.grade ? String(value.grade) : null}
          data={grades}
          onChange={(picked) => {
            const grade = picked ? Number(picked) : null;
            onChange({
              grade,
              topicIds: [],
              ...(grade && !value.level ? { level: levelOfGrade(grade) } : {}),
            });
          }}
          error={error('grade')}
        />
        <SubjectSelect
          label={t('materialForm.subject')}
          clearable
          of={value}
          onPick={(subjectCode) => onChange({ subjectCode, topicIds: [] })}
          error={error('subjectCode')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('materialForm.topics')}
        {...topicSelect}
        searchable
        clearable
        value={value.topicIds}
        onChange={(topicIds) => onChange({ topicIds })}
        error={error('topicIds')}
      />
    </>
  );
}
