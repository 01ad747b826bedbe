import { endpoints } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useSubjectName } from '../../components/subject-name';
import { useMissingTopics } from './use-missing-topics';

/** Khối lớp 1 to 12. */
export const gradeNumbers = Array.from({ length: 12 }, (_, index) => index + 1);

/** Lớp 1 to Lớp 12 as select options, valued by the grade's number as text. */
export function useGradeOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  return gradeNumbers.map((grade) => ({ value: String(grade), label: t('materials.grade', { grade }) }));
}

/** The subjects of the curriculum table (of one grade when it is chosen), as select options. */
export function useSubjectOptions(grade: number | null | undefined): { value: string; label: string }[] {
  const periods = useApiQuery(endpoints.curriculum.listPeriods, {
    query: grade ? { grade } : {},
  });
  const subjectName = useSubjectName();
  return [
    ...new Map(
      (periods.data?.items ?? []).map((item) => [
        item.subjectCode,
        subjectName(item.subjectCode, item.subjectName),
      ]),
    ),
  ].map(([value, label]) => ({ value, label }));
}

interface TopicOption {
  id: string;
  title: string;
}

/** Chapters with their lessons as a select's groups, each chapter heading its own group. */
export const topicGroups = (chapters: readonly (TopicOption & { children: TopicOption[] })[]) =>
  chapters.map((chapter) => ({
    group: chapter.title,
    items: [chapter, ...chapter.children].map((topic) => ({ value: topic.id, label: topic.title })),
  }));

/**
 * The chapters and lessons of a subject and grade, grouped by chapter for a select. `ready` once both are
 * chosen; `missing` says when the curriculum has none yet (see useMissingTopics).
 */
function useTopicOptions(subjectCode: string | null | undefined, grade: number | null | undefined) {
  const ready = Boolean(subjectCode && grade);
  const topics = useApiQuery(
    endpoints.curriculum.listTopics,
    { query: { subjectCode: subjectCode ?? '', grade: grade ?? 1 } },
    { enabled: ready },
  );
  const missing = useMissingTopics(subjectCode, grade, topics);
  return { ready, missing, groups: topicGroups(topics.data?.items ?? []) };
}

/**
 * A topic select's options and state: closed with `hint` until a subject and grade are chosen, and
 * with the reason when the curriculum has no topics for them yet.
 */
export function useTopicSelect(
  subjectCode: string | null | undefined,
  grade: number | null | undefined,
  hint: string,
) {
  const { ready, missing, groups } = useTopicOptions(subjectCode, grade);
  return {
    data: groups,
    description: ready ? (missing ?? undefined) : hint,
    placeholder: missing ?? undefined,
    disabled: !ready || missing !== null,
  };
}
