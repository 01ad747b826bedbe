import { endpoints } from '@hoclieu/contracts';
import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { FacetedSearchBar } from '../../components/facets/faceted-search-bar';
import { FacetedSearchLayout, FacetPanel } from '../../components/facets/faceted-search-layout';
import { useFacetedSearch } from '../../components/facets/use-faceted-search';
import type { SearchRoute } from '../../components/facets/use-url-search';
import { FacetFilters } from './facet-filters';
import { MaterialCard } from './material-card';
import { clearFilters, hasFilters, type LibrarySearch, materialSearchQuery } from './material-search';
import { useSchoolNames } from './use-school-names';

const PAGE_SIZE = 12;

interface MaterialBrowserProps {
  mine: boolean;
  /** The page's route: the search lives in its address. */
  route: SearchRoute<LibrarySearch>;
  empty: ReactNode;
}

/** Search-as-you-type with facet filters and cards; the library and "my materials" both use it. */
export function MaterialBrowser({ mine, route, empty }: MaterialBrowserProps) {
  const { t } = useTranslation();
  const { search, onSearchChange, understand, bar, layout } = useFacetedSearch(route, {
    pageSize: PAGE_SIZE,
    texts: 'materials',
  });
  // Previous results stay on screen (dimmed) while the next ones load.
  const results = useApiQuery(
    endpoints.materials.search,
    {
      query: { ...materialSearchQuery(search, { mine, pageSize: PAGE_SIZE }), understand },
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
      <FacetedSearchBar {...bar} understood={results.data?.understood} />
      <FacetedSearchLayout {...layout} panel={facetPanel} results={results}>
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
