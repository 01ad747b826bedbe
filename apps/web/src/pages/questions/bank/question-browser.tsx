import { endpoints } from '@hoclieu/contracts';
import { Stack, Switch, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { FacetedSearchBar } from '../../../components/facets/faceted-search-bar';
import { FacetedSearchLayout, FacetPanel } from '../../../components/facets/faceted-search-layout';
import { useFacetedSearch } from '../../../components/facets/use-faceted-search';
import type { SearchRoute } from '../../../components/facets/use-url-search';
import { BankFacetFilters } from './bank-facet-filters';
import { type BankSearch, bankSearchQuery, clearBankFilters, hasBankFilters } from './bank-search';
import { BulkActionsBar } from './bulk-actions-bar';
import { QuestionResults } from './question-results';

const PAGE_SIZE = 20;

interface QuestionBrowserProps {
  /** The page's route: the search lives in its address. */
  route: SearchRoute<BankSearch>;
}

/** Search-as-you-type with facets, "Của tôi", paging, and a selection kept across pages for bulk actions. */
export function QuestionBrowser({ route }: QuestionBrowserProps) {
  const { t } = useTranslation();
  const { search, onSearchChange, understand, bar, layout } = useFacetedSearch(route, {
    pageSize: PAGE_SIZE,
    texts: 'questions',
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const results = useApiQuery(
    endpoints.questions.search,
    { query: { ...bankSearchQuery(search, PAGE_SIZE), understand } },
    { placeholderData: keepPreviousData },
  );
  const select = (ids: string[], checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) checked ? next.add(id) : next.delete(id);
      return next;
    });

  const facetPanel = (
    <FacetPanel
      filtered={hasBankFilters(search)}
      clearLabel={t('questions.clearFilters')}
      onClear={() => onSearchChange(clearBankFilters(search))}
    >
      <BankFacetFilters
        facets={results.data?.facets ?? {}}
        search={search}
        onChange={onSearchChange}
        items={results.data?.items ?? []}
      />
    </FacetPanel>
  );

  return (
    <Stack gap="md">
      <FacetedSearchBar {...bar} understood={results.data?.understood}>
        <Switch
          label={t('questions.mine')}
          checked={search.mine ?? false}
          onChange={(event) =>
            onSearchChange({ ...search, mine: event.currentTarget.checked || undefined, page: undefined })
          }
          mb={8}
        />
      </FacetedSearchBar>
      <FacetedSearchLayout
        {...layout}
        panel={facetPanel}
        banner={<BulkActionsBar ids={[...selected]} onClear={() => setSelected(new Set())} />}
        results={results}
      >
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" py="xl">
              {search.mine && !search.q && !hasBankFilters(search)
                ? t('questions.emptyMine')
                : t('questions.empty')}
            </Text>
          ) : (
            <QuestionResults
              items={data.items}
              highlight={data.highlight}
              selected={selected}
              onSelect={select}
            />
          )
        }
      </FacetedSearchLayout>
    </Stack>
  );
}
