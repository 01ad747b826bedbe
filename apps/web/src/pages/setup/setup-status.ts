import { endpoints } from '@hoclieu/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

/** Whether the first system admin is still to be created, and whether demo accounts exist. */
export const setupStatusQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: ['setup-status'],
    queryFn: ({ signal }) => api.call(endpoints.setup.status, { signal }),
  });
