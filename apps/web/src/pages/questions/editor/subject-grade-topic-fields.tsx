import { endpoints, type QuestionMeta } from '@hoclieu/contracts';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { useMissingTopics } from '../../curriculum/use-missing-topics';

const grades = Array.from({ length: 12 }, (_, index) => index + 1);

export type SubjectGradeTopic = Pick<QuestionMeta, 'subjectCode' | 'grade' | 'topicId'>;

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
  const periods = useApiQuery(endpoints.curriculum.listPeriods, {
    query: value.grade ? { grade: value.grade } : {},
  });
  const subjects = [
    ...new Map((periods.data?.items ?? []).map((item) => [item.subjectCode, item.subjectName])),
  ].map(([code, name]) => ({ value: code, label: name }));
  const topicsReady = Boolean(value.subjectCode && value.grade);
  const topics = useApiQuery(
    endpoints.curriculum.listTopics,
    { query: { subjectCode: value.subjectCode ?? '', grade: value.grade ?? 1 } },
    { enabled: topicsReady },
  );
  const missing = useMissingTopics(value.subjectCode, value.grade, topics);
  const topicGroups = (topics.data?.items ?? []).map((chapter) => ({
    group: chapter.title,
    items: [chapter, ...chapter.children].map((topic) => ({ value: topic.id, label: topic.title })),
  }));
  return (
    // Sized by its container: three across on the import page, stacked in the editor's side column.
    <SimpleGrid type="container" cols={{ base: 1, '32rem': 3 }} spacing="md">
      <Select
        label={t('questionMeta.grade')}
        clearable
        value={value.grade ? String(value.grade) : null}
        data={grades.map((grade) => ({ value: String(grade), label: t('questions.grade', { grade }) }))}
        onChange={(picked) => onChange({ grade: picked ? Number(picked) : null, topicId: null })}
      />
      <Select
        label={t('questionMeta.subject')}
        clearable
        searchable
        value={value.subjectCode}
        data={subjects}
        onChange={(subjectCode) => onChange({ subjectCode: subjectCode ?? null, topicId: null })}
      />
      <Select
        label={t('questionMeta.topic')}
        description={topicsReady ? (missing ?? undefined) : t('questionMeta.topicHint')}
        placeholder={missing ?? undefined}
        disabled={!topicsReady || missing !== null}
        clearable
        searchable
        value={value.topicId}
        data={topicGroups}
        onChange={(topicId) => onChange({ topicId: topicId ?? null })}
      />
    </SimpleGrid>
  );
}
