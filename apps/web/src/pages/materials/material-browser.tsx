import { endpoints } from '@hoclieu/contracts';
import { Box, Button, Collapse, Grid, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { Paging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { FacetFilters } from './facet-filters';
import { MaterialCard } from './material-card';
import { clearFilters, hasFilters, type LibrarySearch, materialSearchQuery } from './material-search';
import { useSchoolNames } from './use-school-names';

const PAGE_SIZE = 12;
const TYPING_PAUSE_MS = 250;

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
  // Previous results stay on screen (dimmed) while the next ones load.
  const results = useApiQuery(
    endpoints.materials.search,
    { query: materialSearchQuery(search, { mine, pageSize: PAGE_SIZE }) },
    { placeholderData: keepPreviousData },
  );
  const facets = results.data?.facets ?? {};
  const schoolName = useSchoolNames(Object.keys(facets.schoolId ?? {}), results.data?.items ?? []);
  const setQ = useDebouncedCallback((q: string) => {
    onSearchChange({ ...search, q: q.trim() || undefined, page: undefined }, { replace: true });
  }, TYPING_PAUSE_MS);

  const facetPanel = (
    <Stack gap="sm">
      <FacetFilters facets={facets} search={search} onChange={onSearchChange} schoolName={schoolName} />
      {hasFilters(search) && (
        <Button variant="subtle" size="xs" onClick={() => onSearchChange(clearFilters(search))}>
          {t('materials.clearFilters')}
        </Button>
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          label={t('materials.searchLabel')}
          placeholder={t('materials.searchPlaceholder')}
          defaultValue={search.q ?? ''}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button variant="default" hiddenFrom="md" onClick={filters.toggle} aria-expanded={filtersOpen}>
          {t('materials.filters')}
        </Button>
      </Group>
      <Box hiddenFrom="md">
        <Collapse expanded={filtersOpen}>
          <Paper withBorder p="sm" radius="md">
            {facetPanel}
          </Paper>
        </Collapse>
      </Box>
      <Grid gap="lg">
        <Grid.Col span={3} visibleFrom="md">
          <Paper withBorder p="md" radius="md" aria-label={t('materials.filters')} component="section">
            {facetPanel}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <QueryView query={results}>
            {(data) => (
              <Box
                style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }}
                aria-busy={results.isPlaceholderData}
              >
                {data.items.length === 0 ? (
                  <Box py="xl">
                    {search.q || hasFilters(search) ? <Text c="dimmed">{t('materials.empty')}</Text> : empty}
                  </Box>
                ) : (
                  <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" data-testid="material-results">
                    {data.items.map((material) => (
                      <MaterialCard key={material.id} material={material} showStatus={mine} />
                    ))}
                  </SimpleGrid>
                )}
                <Paging
                  total={data.total}
                  capped={data.totalCapped}
                  page={page}
                  pageSize={PAGE_SIZE}
                  onChange={(next) => onSearchChange({ ...search, page: next })}
                />
              </Box>
            )}
          </QueryView>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
