import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLiteralSearch } from './faceted-search-bar';
import { type SearchRoute, useUrlSearch } from './use-url-search';

/**
 * A faceted search page's state: the search in its address, the filters folded on phones, and whether
 * the user dropped what the search understood; with the props its search bar and layout take from it
 * (their texts from the `texts` area of the translations).
 */
export function useFacetedSearch<S extends { q?: string | undefined; page?: number | undefined }>(
  route: SearchRoute<S>,
  { pageSize, texts }: { pageSize: number; texts: 'materials' | 'questions' },
) {
  const { t } = useTranslation();
  const { search, onSearchChange } = useUrlSearch(route);
  const [filtersOpen, filters] = useDisclosure(false);
  const { literal, dropUnderstood } = useLiteralSearch(search.q);
  const filtersLabel = t(`${texts}.filters`);
  const paging = {
    page: search.page ?? 1,
    pageSize,
    onChange: (page: number) => onSearchChange({ ...search, page }),
  };
  return {
    search,
    onSearchChange,
    /** The API's `understand` parameter: off once the user dropped what the search understood. */
    understand: literal ? ('false' as const) : undefined,
    bar: {
      label: t(`${texts}.searchLabel`),
      placeholder: t(`${texts}.searchPlaceholder`),
      filtersLabel,
      filters: { open: filtersOpen, toggle: filters.toggle },
      search,
      onSearchChange,
      onDropUnderstood: dropUnderstood,
    },
    layout: { filtersLabel, filtersOpen, paging },
  };
}
