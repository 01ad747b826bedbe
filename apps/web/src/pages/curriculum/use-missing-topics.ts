import { useTranslation } from 'react-i18next';
import { useSubjectNames } from './use-subject-names';

/**
 * What a "Chương, bài" picker says when the chosen subject and grade have no topics yet
 * ("Chưa có chương, bài cho Toán 8 — quản trị có thể nhập"), instead of an empty list; null otherwise.
 */
export function useMissingTopics(
  subjectCode: string | null | undefined,
  grade: number | null | undefined,
  topics: { data?: { items: unknown[] } | undefined },
): string | null {
  const { t } = useTranslation();
  const subjectName = useSubjectNames();
  if (!subjectCode || !grade || !topics.data || topics.data.items.length > 0) return null;
  return t('curriculum.missingTopics', { subject: subjectName(subjectCode), grade });
}
