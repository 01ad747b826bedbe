/** What a search page's route gives: its parsed search, and a way to write the next one to the address. */
export interface SearchRoute<S> {
  useSearch: () => S;
  useNavigate: () => (options: { search: NoInfer<S>; replace: boolean }) => Promise<void>;
}

/**
 * A search page's state kept in its address: the search, and a change written there (typing replaces
 * the history entry, a click adds one).
 */
export function useUrlSearch<S>(route: SearchRoute<S>) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = (next: S, options?: { replace?: boolean }) =>
    void navigate({ search: next, replace: options?.replace ?? false });
  return { search, onSearchChange };
}
