import type { QuestionMeta } from '@hoclieu/contracts';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubjectSelect } from '../../curriculum/subject-select';
import { useTopicSelect } from '../../curriculum/use-curriculum-options';
import { GradeSelect } from '../../materials/grade-select';

type SubjectGradeTopic = Pick<QuestionMeta, 'subjectCode' | 'grade' | 'topicId'>;

interface Props {
  value: SubjectGradeTopic;
  onChange: (patch: Partial<SubjectGradeTopic>) => void;
}

/**
 * Khối lớp, môn học and one chapter or lesson of that subject and grade. (The materials form picks a
 * school level and several topics; a question belongs to one topic, hence its own fields.)
 */
export function SubjectGradeTopicFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  const topicSelect = useTopicSelect(value.subjectCode, value.grade, t('questionMeta.topicHint'));
  return (
    // Sized by its container: three across on the import page, stacked in the editor's side column.
    <SimpleGrid type="container" cols={{ base: 1, '32rem': 3 }} spacing="md">
      <GradeSelect
        label={t('questionMeta.grade')}
        value={value.grade}
        onPick={(grade) => onChange({ grade, topicId: null })}
      />
      <SubjectSelect
        label={t('questionMeta.subject')}
        clearable
        of={value}
        onPick={(subjectCode) => onChange({ subjectCode, topicId: null })}
      />
      <Select
        label={t('questionMeta.topic')}
        {...topicSelect}
        clearable
        searchable
        value={value.topicId}
        onChange={(topicId) => onChange({ topicId: topicId ?? null })}
      />
    </SimpleGrid>
  );
}
