import { endpoints, schoolLevels } from '@hoclieu/contracts';
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useMissingTopics } from '../curriculum/use-missing-topics';
import { levelOfGrade, type MaterialFields } from './material-fields';

const grades = Array.from({ length: 12 }, (_, index) => index + 1);

interface Props {
  value: MaterialFields;
  onChange: (patch: Partial<MaterialFields>) => void;
  invalid: Set<string>;
}

/** Cấp học, khối lớp, môn học and the chapters/lessons of that subject and grade. */
export function SubjectTopicFields({ value, onChange, invalid }: Props) {
  const { t } = useTranslation();
  const error = (field: string) => (invalid.has(field) ? t('materialForm.invalid') : undefined);
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
          data={grades.map((grade) => ({ value: String(grade), label: t('materials.grade', { grade }) }))}
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
        <Select
          label={t('materialForm.subject')}
          clearable
          searchable
          value={value.subjectCode}
          data={subjects}
          onChange={(subjectCode) => onChange({ subjectCode: subjectCode ?? null, topicIds: [] })}
          error={error('subjectCode')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('materialForm.topics')}
        description={topicsReady ? (missing ?? undefined) : t('materialForm.topicsHint')}
        placeholder={missing ?? undefined}
        disabled={!topicsReady || missing !== null}
        searchable
        clearable
        value={value.topicIds}
        data={topicGroups}
        onChange={(topicIds) => onChange({ topicIds })}
        error={error('topicIds')}
      />
    </>
  );
}
