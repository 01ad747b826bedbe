import { type MaterialFacet, materialFacets, materialTypes, shareScopes } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { FacetCheckboxes, type FacetCounts } from '../../components/facets/facet-checkboxes';
import { useSubjectNames } from '../curriculum/use-subject-names';
import { type LibrarySearch, selectedValues, toggleFacet } from './material-search';

interface FacetFiltersProps {
  facets: FacetCounts;
  search: LibrarySearch;
  onChange: (next: LibrarySearch) => void;
  schoolName: (id: string) => string | undefined;
}

const canonical: Partial<Record<MaterialFacet, readonly string[]>> = {
  type: materialTypes,
  scope: shareScopes,
};

/** The library's filters: subject, grade, type, scope and school, each value with its count. */
export function FacetFilters({ facets, search, onChange, schoolName }: FacetFiltersProps) {
  const { t } = useTranslation();
  const subjectName = useSubjectNames();
  const label = (facet: MaterialFacet, value: string): string => {
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
    <FacetCheckboxes
      facets={materialFacets}
      counts={facets}
      canonical={canonical}
      chosen={(facet) => selectedValues(search, facet)}
      legend={(facet) => t(`materials.facets.${facet}`)}
      label={label}
      onToggle={(facet, value) => onChange(toggleFacet(search, facet, value))}
    />
  );
}
