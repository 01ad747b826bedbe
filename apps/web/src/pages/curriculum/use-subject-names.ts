import { endpoints } from '@hoclieu/contracts';
import { useApiQuery } from '../../api/use-api-query';

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
  return (code) => periods.data?.get(code) ?? code;
}
