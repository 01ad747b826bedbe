import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** The search index follows a change within a second or so: lists are refreshed again after that. */
const INDEX_DELAY_MS = 1500;

/**
 * After a change to an item the search index holds (a material, a question): show its new detail at
 * once and refresh every list that may hold it, now and once the index has followed. `detailKey` and
 * `listKeys` are module constants, so the returned callback is stable.
 */
export function useIndexedChange<Detail>(
  detailKey: (detail: Detail) => QueryKey,
  listKeys: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: Detail) => {
      if (detail) queryClient.setQueryData(detailKey(detail), detail);
      const refresh = () => {
        for (const queryKey of listKeys) void queryClient.invalidateQueries({ queryKey });
      };
      refresh();
      setTimeout(refresh, INDEX_DELAY_MS);
    },
    [queryClient, detailKey, listKeys],
  );
}
