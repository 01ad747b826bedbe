import type { Endpoint, ParamsOf, ResponseOf } from '@hoclieu/contracts';
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../app/api-context';
import type { CallArgs, CallOptions } from './api-client';

/** Queries of one endpoint share the key prefix `[path]`, so a change can invalidate them together. */
export function endpointKey(endpoint: Endpoint, options?: { params?: unknown; query?: unknown }): QueryKey {
  return options ? [endpoint.path, options.params ?? null, options.query ?? null] : [endpoint.path];
}

type ExtraOptions<E, TData> = Omit<UseQueryOptions<ResponseOf<E>, Error, TData>, 'queryKey' | 'queryFn'>;

/** A GET endpoint as a cached query. */
export function useApiQuery<E extends Endpoint, TData = ResponseOf<E>>(
  endpoint: E,
  options: CallOptions<E>,
  extra?: ExtraOptions<E, TData>,
) {
  const api = useApi();
  return useQuery<ResponseOf<E>, Error, TData>({
    queryKey: endpointKey(endpoint, options),
    queryFn: ({ signal }) => api.call(endpoint, ...([{ ...options, signal }] as CallArgs<E>)),
    ...extra,
  });
}

/** A detail page's record: its GET endpoint read with the page's own path parameters (`$materialId`). */
export function useRouteRecord<E extends Endpoint>(
  route: { useParams: () => NoInfer<ParamsOf<E>> },
  endpoint: E,
) {
  return useApiQuery(endpoint, { params: route.useParams() } as CallOptions<E>);
}
