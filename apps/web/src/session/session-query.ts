import { endpoints, type Session } from '@hoclieu/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';

export const sessionKey = ['session'] as const;

/** The signed-in session, or `null` when nobody is signed in. Keeps the client's csrf token current. */
export function sessionQueryOptions(api: ApiClient) {
  return queryOptions<Session | null>({
    queryKey: sessionKey,
    queryFn: async ({ signal }) => {
      try {
        const session = await api.call(endpoints.auth.me, { signal });
        api.setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          api.setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
