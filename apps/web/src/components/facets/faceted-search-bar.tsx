import type { UnderstoodFacet } from '@hoclieu/contracts';
import { Button, Group } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { SearchInput } from '../search/search-input';
import { UnderstoodLine } from '../search/understood-line';

const TYPING_PAUSE_MS = 250;

/**
 * Whether the user dropped what the search understood of the typed text ("Tìm đúng chữ đã gõ"): it
 * holds until the text changes.
 */
export function useLiteralSearch(q: string | undefined) {
  const [literalFor, setLiteralFor] = useState<string | null>(null);
  return {
    literal: literalFor !== null && literalFor === (q ?? ''),
    dropUnderstood: () => setLiteralFor(q ?? ''),
  };
}

interface FacetedSearchBarProps<S extends { q?: string | undefined; page?: number | undefined }> {
  label: string;
  placeholder: string;
  filtersLabel: string;
  /** On phones the facet filters fold away; this button opens them. */
  filters: { open: boolean; toggle: () => void };
  search: S;
  onSearchChange: (next: S, options?: { replace?: boolean }) => void;
  understood: UnderstoodFacet[] | undefined;
  onDropUnderstood: () => void;
  /**
   * The page's own controls beside the box (the bank's "Của tôi"); with them the row may wrap on a
   * phone, without them the box shrinks beside the filter button.
   */
  children?: ReactNode;
}

/** A faceted search page's top: the search box (sent once typing pauses) and what the search understood. */
export function FacetedSearchBar<S extends { q?: string | undefined; page?: number | undefined }>({
  label,
  placeholder,
  filtersLabel,
  filters,
  search,
  onSearchChange,
  understood,
  onDropUnderstood,
  children,
}: FacetedSearchBarProps<S>) {
  return (
    <>
      <Group gap="sm" align="flex-end" wrap={children ? 'wrap' : 'nowrap'}>
        <SearchInput
          label={label}
          placeholder={placeholder}
          initial={search.q}
          pauseMs={TYPING_PAUSE_MS}
          onSearch={(q) => onSearchChange({ ...search, q, page: undefined }, { replace: true })}
          style={{ flex: 1, minWidth: children ? 220 : undefined }}
        />
        {children}
        <Button variant="default" hiddenFrom="md" onClick={filters.toggle} aria-expanded={filters.open}>
          {filtersLabel}
        </Button>
      </Group>
      <UnderstoodLine understood={understood} onDrop={onDropUnderstood} />
    </>
  );
}
