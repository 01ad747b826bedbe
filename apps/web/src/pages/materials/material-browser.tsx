import { endpoints } from '@hoclieu/contracts';
import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { FacetedSearchBar, useLiteralSearch } from '../../components/facets/faceted-search-bar';
import { FacetedSearchLayout, FacetPanel } from '../../components/facets/faceted-search-layout';
import { FacetFilters } from './facet-filters';
import { MaterialCard } from './material-card';
import { clearFilters, hasFilters, type LibrarySearch, materialSearchQuery } from './material-search';
import { useSchoolNames } from './use-school-names';

const PAGE_SIZE = 12;

interface MaterialBrowserProps {
  mine: boolean;
  search: LibrarySearch;
  onSearchChange: (next: LibrarySearch, options?: { replace?: boolean }) => void;
  empty: ReactNode;
}

/** Search-as-you-type with facet filters and cards; the library and "my materials" both use it. */
export function MaterialBrowser({ mine, search, onSearchChange, empty }: MaterialBrowserProps) {
  const { t } = useTranslation();
  const [filtersOpen, filters] = useDisclosure(false);
  const page = search.page ?? 1;
  const { literal, dropUnderstood } = useLiteralSearch(search.q);
  // Previous results stay on screen (dimmed) while the next ones load.
  const results = useApiQuery(
    endpoints.materials.search,
    {
      query: {
        ...materialSearchQuery(search, { mine, pageSize: PAGE_SIZE }),
        understand: literal ? 'false' : undefined,
      },
    },
    { placeholderData: keepPreviousData },
  );
  const facets = results.data?.facets ?? {};
  const schoolName = useSchoolNames(Object.keys(facets.schoolId ?? {}), results.data?.items ?? []);

  const facetPanel = (
    <FacetPanel
      filtered={hasFilters(search)}
      clearLabel={t('materials.clearFilters')}
      onClear={() => onSearchChange(clearFilters(search))}
    >
      <FacetFilters facets={facets} search={search} onChange={onSearchChange} schoolName={schoolName} />
    </FacetPanel>
  );

  return (
    <Stack gap="md">
      <FacetedSearchBar
        label={t('materials.searchLabel')}
        placeholder={t('materials.searchPlaceholder')}
        filtersLabel={t('materials.filters')}
        filters={{ open: filtersOpen, toggle: filters.toggle }}
        search={search}
        onSearchChange={onSearchChange}
        understood={results.data?.understood}
        onDropUnderstood={dropUnderstood}
      />
      <FacetedSearchLayout
        filtersLabel={t('materials.filters')}
        filtersOpen={filtersOpen}
        panel={facetPanel}
        results={results}
        paging={{ page, pageSize: PAGE_SIZE, onChange: (next) => onSearchChange({ ...search, page: next }) }}
      >
        {(data) =>
          data.items.length === 0 ? (
            <Box py="xl">
              {search.q || hasFilters(search) ? <Text c="dimmed">{t('materials.empty')}</Text> : empty}
            </Box>
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" data-testid="material-results">
              {data.items.map((material) => (
                <MaterialCard
                  key={material.id}
                  material={material}
                  showStatus={mine}
                  highlight={data.highlight}
                />
              ))}
            </SimpleGrid>
          )
        }
      </FacetedSearchLayout>
    </Stack>
  );
}
