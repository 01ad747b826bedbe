/** A paged list page's search, as its route gives it: the filters and the page number (absent: the first). */
type PagedSearch = { page?: number | undefined };

/** What a paged list page's route gives: its parsed search, and a way to write the next one to the address. */
export interface PagedSearchRoute<S extends PagedSearch> {
  useSearch: () => S;
  useNavigate: () => (options: {
    search: (prev: NoInfer<S>) => NoInfer<S>;
    replace?: boolean;
  }) => Promise<void>;
}

/**
 * A paged list page's state kept in its address: the search, the page, `refine` (a changed filter sends
 * the list back to its first page; typing replaces the history entry) and `pager`, the props of
 * `PagedQueryView` that turn its pages.
 */
export function usePagedSearch<S extends PagedSearch>(route: PagedSearchRoute<S>, pageSize: number) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const refine = (patch: Partial<S>, replace = false) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace });
  const onPageChange = (next: number) => void navigate({ search: (prev) => ({ ...prev, page: next }) });
  return { search, page, refine, pager: { page, pageSize, onPageChange } };
}
