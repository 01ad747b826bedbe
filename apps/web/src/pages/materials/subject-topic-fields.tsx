import { schoolLevels } from '@hoclieu/contracts';
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubjectSelect } from '../curriculum/subject-select';
import { useTopicSelect } from '../curriculum/use-curriculum-options';
import { GradeSelect } from './grade-select';
import { levelOfGrade, type MaterialFields, type MaterialFieldsProps } from './material-fields';
import { useInvalidText } from './use-invalid-text';

/** Cấp học, khối lớp, môn học and the chapters/lessons of that subject and grade. */
export function SubjectTopicFields({ value, onChange, invalid }: MaterialFieldsProps) {
  const { t } = useTranslation();
  const error = useInvalidText(invalid);
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
        <GradeSelect
          label={t('materialForm.grade')}
          value={value.grade}
          onPick={(grade) =>
            onChange({
              grade,
              topicIds: [],
              ...(grade && !value.level ? { level: levelOfGrade(grade) } : {}),
            })
          }
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
