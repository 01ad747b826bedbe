import { Box, Button, Collapse, Grid, Paper, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DimmedWhileLoading } from '../paged-query-view';
import { Paging } from '../paging';
import { QueryView } from '../query-view';

interface FacetPanelProps {
  children: ReactNode;
  /** The "clear filters" button shows only while some filter is chosen. */
  filtered: boolean;
  clearLabel: string;
  onClear: () => void;
}

/** The facet checkboxes with a button that clears them. */
export function FacetPanel({ children, filtered, clearLabel, onClear }: FacetPanelProps) {
  return (
    <Stack gap="sm">
      {children}
      {filtered && (
        <Button variant="subtle" size="xs" onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </Stack>
  );
}

interface FacetedSearchLayoutProps<T extends { total: number; totalCapped?: boolean | undefined }> {
  filtersLabel: string;
  /** On phones the filters fold under the search box; the page's filter button opens them. */
  filtersOpen: boolean;
  panel: ReactNode;
  /** Shown above filters and results on every screen (e.g. bulk actions). */
  banner?: ReactNode;
  results: UseQueryResult<T>;
  paging: { page: number; pageSize: number; onChange: (page: number) => void };
  children: (data: T) => ReactNode;
}

/**
 * A search page's body: filters beside the results on wide screens, folded above them on phones;
 * previous results stay on screen (dimmed) while the next ones load, then paging.
 */
export function FacetedSearchLayout<T extends { total: number; totalCapped?: boolean | undefined }>({
  filtersLabel,
  filtersOpen,
  panel,
  banner,
  results,
  paging,
  children,
}: FacetedSearchLayoutProps<T>) {
  return (
    <>
      <Box hiddenFrom="md">
        <Collapse expanded={filtersOpen}>
          <Paper withBorder p="sm" radius="md">
            {panel}
          </Paper>
        </Collapse>
      </Box>
      {banner}
      <Grid gap="lg">
        <Grid.Col span={3} visibleFrom="md">
          <Paper withBorder p="md" radius="md" aria-label={filtersLabel} component="section">
            {panel}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <QueryView query={results}>
            {(data) => (
              <DimmedWhileLoading query={results}>
                {children(data)}
                <Paging
                  total={data.total}
                  capped={data.totalCapped}
                  page={paging.page}
                  pageSize={paging.pageSize}
                  onChange={paging.onChange}
                />
              </DimmedWhileLoading>
            )}
          </QueryView>
        </Grid.Col>
      </Grid>
    </>
  );
}
