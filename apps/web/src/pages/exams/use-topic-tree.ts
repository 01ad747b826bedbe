import { endpoints } from '@hoclieu/contracts';
import { useApiQuery } from '../../api/use-api-query';

/** The chapters and lessons of one subject and grade (nothing is asked until both are chosen). */
export function useTopicTree(subjectCode: string | null, grade: number | null) {
  return useApiQuery(
    endpoints.curriculum.listTopics,
    { query: { subjectCode: subjectCode ?? '', grade: grade ?? 1 } },
    { enabled: Boolean(subjectCode && grade), staleTime: 5 * 60_000 },
  );
}
