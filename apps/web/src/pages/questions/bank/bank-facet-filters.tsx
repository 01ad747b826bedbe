import {
  cognitiveLevels,
  estimateBands,
  type QuestionBankFacet,
  type QuestionSummary,
  questionBankFacets,
  questionStatuses,
  questionTypeSchema,
  shareScopes,
} from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { FacetCheckboxes, type FacetCounts } from '../../../components/facets/facet-checkboxes';
import { useSubjectNames } from '../../curriculum/use-subject-names';
import { type BankSearch, chosenValues, toggleBankFacet } from './bank-search';

interface BankFacetFiltersProps {
  facets: FacetCounts;
  search: BankSearch;
  onChange: (next: BankSearch) => void;
  /** The cards on screen: the only place topic names come from (facet counts carry ids). */
  items: QuestionSummary[];
}

const canonical: Partial<Record<QuestionBankFacet, readonly string[]>> = {
  level: cognitiveLevels,
  type: questionTypeSchema.options,
  status: questionStatuses,
  scope: shareScopes,
  estimate: estimateBands,
};

/** The bank's filters: subject, grade, topic, level, type, status and scope, each value with its count. */
export function BankFacetFilters({ facets, search, onChange, items }: BankFacetFiltersProps) {
  const { t } = useTranslation();
  const subjectName = useSubjectNames();
  const topics = new Map(items.flatMap((item) => (item.topic ? [[item.topic.id, item.topic.title]] : [])));
  const label = (facet: QuestionBankFacet, value: string): string => {
    switch (facet) {
      case 'subjectCode':
        return subjectName(value);
      case 'grade':
        return t('questions.grade', { grade: value });
      case 'topicId':
        return topics.get(value) ?? t('questions.otherTopic');
      case 'level':
        return t(`questions.levels.${value as (typeof cognitiveLevels)[number]}`);
      case 'type':
        return t(`questions.types.${value as QuestionSummary['type']}`);
      case 'status':
        return t(`questions.statuses.${value as (typeof questionStatuses)[number]}`);
      case 'scope':
        return t(`materials.scopes.${value as (typeof shareScopes)[number]}`);
      case 'estimate':
        return t(`estimate.filter.${value as (typeof estimateBands)[number]}`);
    }
  };
  return (
    <FacetCheckboxes
      facets={questionBankFacets}
      counts={facets}
      canonical={canonical}
      chosen={(facet) => chosenValues(search, facet)}
      legend={(facet) => t(`questions.facets.${facet}`)}
      label={label}
      onToggle={(facet, value) => onChange(toggleBankFacet(search, facet, value))}
    />
  );
}
