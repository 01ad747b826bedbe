import { endpoints } from '@hoclieu/contracts';
import { gradeRanges } from '@hoclieu/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { useSubjectName } from '../../components/subject-name';

/** Which subjects and grades have chapters and lessons ("Toán 1–12; Khoa học tự nhiên 6–9"). */
export function TopicCoverageLine() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const coverage = useApiQuery(endpoints.curriculum.topicCoverage, {});
  const bySubject = new Map<string, number[]>();
  for (const item of coverage.data?.items ?? []) {
    const name = subjectName(item.subjectCode, item.subjectName);
    bySubject.set(name, [...(bySubject.get(name) ?? []), item.grade]);
  }
  if (bySubject.size === 0) return null;
  const list = [...bySubject].map(([name, grades]) => `${name} ${gradeRanges(grades)}`).join('; ');
  return (
    <Text size="sm" c="dimmed" mb="md" data-testid="topic-coverage">
      {t('curriculum.coverage', { list })}
    </Text>
  );
}
