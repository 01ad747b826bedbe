import { endpoints } from '@hoclieu/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { endpointKey } from '../../api/use-api-query';

/** A confirmed or rejected lesson changes every figure above it: refetch all report reads. */
export function invalidateReports(queryClient: QueryClient) {
  for (const endpoint of [
    endpoints.reports.onlineShare,
    endpoints.reports.school,
    endpoints.reports.class,
    endpoints.reports.pendingRecords,
  ]) {
    void queryClient.invalidateQueries({ queryKey: endpointKey(endpoint) });
  }
}
