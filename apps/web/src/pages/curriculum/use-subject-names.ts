import { endpoints } from '@hoclieu/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useSubjectName } from '../../components/subject-name';

/** Subject code -> name, from the curriculum table (classes list their electives by code). */
export function useSubjectNames(): (code: string) => string {
  const periods = useApiQuery(
    endpoints.curriculum.listPeriods,
    {},
    {
      staleTime: Number.POSITIVE_INFINITY,
      select: (data) => new Map(data.items.map((item) => [item.subjectCode, item.subjectName])),
    },
  );
  const subjectName = useSubjectName();
  return (code) => subjectName(code, periods.data?.get(code) ?? code);
}
