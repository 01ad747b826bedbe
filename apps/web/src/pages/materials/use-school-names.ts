import { endpoints, type MaterialSummary } from '@hoclieu/contracts';
import { useQueries } from '@tanstack/react-query';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';

/**
 * School id -> name for the school facet. The facet counts carry ids only: names come from the cards
 * on screen, and for the others from one card of that school (a search limited to it).
 */
export function useSchoolNames(ids: string[], items: MaterialSummary[]): (id: string) => string | undefined {
  const api = useApi();
  const known = new Map<string, string>();
  for (const item of items) if (item.school) known.set(item.school.id, item.school.name);
  const missing = ids.filter((id) => !known.has(id)).slice(0, 20);
  const lookups = useQueries({
    queries: missing.map((schoolId) => {
      const options = { query: { schoolId, pageSize: 1 } };
      return {
        queryKey: endpointKey(endpoints.materials.search, options),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api.call(endpoints.materials.search, { ...options, signal }),
        staleTime: 5 * 60_000,
      };
    }),
  });
  lookups.forEach((lookup, index) => {
    const school = lookup.data?.items[0]?.school;
    const id = missing[index];
    if (school && id) known.set(id, school.name);
  });
  return (id) => known.get(id);
}
