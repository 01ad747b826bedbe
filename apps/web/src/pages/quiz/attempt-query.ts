import { type AttemptView, endpoints } from '@hoclieu/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

/** An attempt with the device's time when it was asked for: the server clock's offset comes from that pair. */
export interface LoadedAttempt {
  view: AttemptView;
  requestedAt: number;
}

export const attemptQueryKey = (attemptId: string) => [
  endpoints.assessments.attempt.path,
  { attemptId },
  'loaded',
];

/**
 * The attempt, read once per visit of the quiz page: answers move on without it, so it is never
 * refetched behind the page's back and dropped as soon as the page is left. Starting an attempt
 * seeds it (see `useStartAttempt`), so the paper crosses a weak network once.
 */
export const attemptQueryOptions = (api: ApiClient, attemptId: string) =>
  queryOptions<LoadedAttempt>({
    queryKey: attemptQueryKey(attemptId),
    queryFn: async ({ signal }) => {
      const requestedAt = Date.now();
      const view = await api.call(endpoints.assessments.attempt, { params: { attemptId }, signal });
      return { view, requestedAt };
    },
    staleTime: 60_000,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
