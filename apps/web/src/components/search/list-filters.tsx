import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from './search-input';

/**
 * A list page's filter row: the text search, sent once typing pauses, then the page's own selects
 * (`children`); it wraps on a phone.
 */
export function ListFilters({
  q,
  placeholder,
  onSearch,
  children,
}: {
  /** The query the page opened with (from its address). */
  q: string | undefined;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mb="md" align="flex-end" grow preventGrowOverflow={false}>
      <SearchInput
        label={t('common.search')}
        placeholder={placeholder}
        initial={q}
        pauseMs={350}
        onSearch={onSearch}
        miw={200}
      />
      {children}
    </Group>
  );
}
