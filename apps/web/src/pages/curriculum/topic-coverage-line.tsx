import { endpoints } from '@hoclieu/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';

/** "1–5, 7" from [1, 2, 3, 4, 5, 7]. */
export function gradeRanges(grades: number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Which subjects and grades have chapters and lessons ("Toán 1–12; Khoa học tự nhiên 6–9"). */
export function TopicCoverageLine() {
  const { t } = useTranslation();
  const coverage = useApiQuery(endpoints.curriculum.topicCoverage, {});
  const bySubject = new Map<string, number[]>();
  for (const item of coverage.data?.items ?? [])
    bySubject.set(item.subjectName, [...(bySubject.get(item.subjectName) ?? []), item.grade]);
  if (bySubject.size === 0) return null;
  const list = [...bySubject].map(([name, grades]) => `${name} ${gradeRanges(grades)}`).join('; ');
  return (
    <Text size="sm" c="dimmed" mb="md" data-testid="topic-coverage">
      {t('curriculum.coverage', { list })}
    </Text>
  );
}
