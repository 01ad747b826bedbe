import { materialTypes, shareScopes } from '@hoclieu/contracts';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSubjectNames } from '../curriculum/use-subject-names';
import {
  type FacetName,
  facetNames,
  type LibrarySearch,
  selectedValues,
  toggleFacet,
} from './material-search';

interface FacetFiltersProps {
  facets: Record<string, Record<string, number>>;
  search: LibrarySearch;
  onChange: (next: LibrarySearch) => void;
  schoolName: (id: string) => string | undefined;
}

function ordered(facet: FacetName, values: string[], counts: Record<string, number>): string[] {
  const canonical: Partial<Record<FacetName, readonly string[]>> = {
    type: materialTypes,
    scope: shareScopes,
  };
  const order = canonical[facet];
  if (order) return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (facet === 'grade') return [...values].sort((a, b) => Number(a) - Number(b));
  return [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
}

/** One group of checkboxes per facet, each value with its count; chosen values stay even at zero. */
export function FacetFilters({ facets, search, onChange, schoolName }: FacetFiltersProps) {
  const { t } = useTranslation();
  const subjectName = useSubjectNames();
  const label = (facet: FacetName, value: string): string => {
    switch (facet) {
      case 'subjectCode':
        return subjectName(value);
      case 'grade':
        return t('materials.grade', { grade: value });
      case 'type':
        return t(`materials.types.${value as (typeof materialTypes)[number]}`);
      case 'scope':
        return t(`materials.scopes.${value as (typeof shareScopes)[number]}`);
      case 'schoolId':
        return schoolName(value) ?? t('materials.otherSchool');
    }
  };
  return (
    <Stack gap="md">
      {facetNames.map((facet) => {
        const counts = facets[facet] ?? {};
        const chosen = selectedValues(search, facet);
        const values = ordered(facet, [...new Set([...Object.keys(counts), ...chosen])], counts);
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="facet-group">
            <Text component="legend" size="sm" fw={600} mb={6}>
              {t(`materials.facets.${facet}`)}
            </Text>
            <Stack gap={6}>
              {values.map((value) => (
                <Checkbox
                  key={value}
                  size="sm"
                  label={
                    <>
                      {label(facet, value)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({counts[value] ?? 0})
                      </Text>
                    </>
                  }
                  checked={chosen.includes(value)}
                  onChange={() => onChange(toggleFacet(search, facet, value))}
                />
              ))}
            </Stack>
          </fieldset>
        );
      })}
    </Stack>
  );
}
