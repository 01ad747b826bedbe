import { Box } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Paging } from './paging';
import { QueryView } from './query-view';

/**
 * What a read kept on screen while its next page or filter loads (`placeholderData: keepPreviousData`)
 * shows: the previous data dimmed and marked busy.
 */
export function DimmedWhileLoading({
  query,
  children,
}: {
  query: UseQueryResult<unknown>;
  children: ReactNode;
}) {
  return (
    <Box style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isPlaceholderData}>
      {children}
    </Box>
  );
}

/** A page of a list read: how many there are in all (at least, when the count stops at a cap). */
type PagedData = { total: number; totalCapped?: boolean | undefined };

interface PagedQueryViewProps<T extends PagedData> {
  query: UseQueryResult<T>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Shown instead of the list and the pager when nothing matches; without it an empty list shows. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A paged list read: loading and error states, the list (dimmed while the next page loads), the pager. */
export function PagedQueryView<T extends PagedData>({
  query,
  page,
  pageSize,
  onPageChange,
  empty,
  children,
}: PagedQueryViewProps<T>) {
  const pager = { page, pageSize, onChange: onPageChange };
  return (
    <QueryView query={query}>
      {(data) =>
        empty !== undefined && data.total === 0 ? (
          empty
        ) : (
          <>
            <DimmedWhileLoading query={query}>{children(data)}</DimmedWhileLoading>
            <Paging total={data.total} capped={data.totalCapped} {...pager} />
          </>
        )
      }
    </QueryView>
  );
}
