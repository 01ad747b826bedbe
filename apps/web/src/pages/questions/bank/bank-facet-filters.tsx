import {
  cognitiveLevels,
  type QuestionSummary,
  questionStatuses,
  questionTypeSchema,
  shareScopes,
} from '@hoclieu/contracts';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSubjectNames } from '../../curriculum/use-subject-names';
import { type BankFacet, type BankSearch, bankFacets, chosenValues, toggleBankFacet } from './bank-search';

interface BankFacetFiltersProps {
  facets: Record<string, Record<string, number>>;
  search: BankSearch;
  onChange: (next: BankSearch) => void;
  /** The cards on screen: the only place topic names come from (facet counts carry ids). */
  items: QuestionSummary[];
}

const canonical: Partial<Record<BankFacet, readonly string[]>> = {
  level: cognitiveLevels,
  type: questionTypeSchema.options,
  status: questionStatuses,
  scope: shareScopes,
};

function ordered(facet: BankFacet, values: string[], counts: Record<string, number>): string[] {
  const order = canonical[facet];
  if (order) return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (facet === 'grade') return [...values].sort((a, b) => Number(a) - Number(b));
  return [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
}

/** One group of checkboxes per facet, each value with its count; chosen values stay even at zero. */
export function BankFacetFilters({ facets, search, onChange, items }: BankFacetFiltersProps) {
  const { t } = useTranslation();
  const subjectName = useSubjectNames();
  const topics = new Map(items.flatMap((item) => (item.topic ? [[item.topic.id, item.topic.title]] : [])));
  const label = (facet: BankFacet, value: string): string => {
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
    }
  };
  return (
    <Stack gap="md">
      {bankFacets.map((facet) => {
        const counts = facets[facet] ?? {};
        const chosen = chosenValues(search, facet);
        const values = ordered(facet, [...new Set([...Object.keys(counts), ...chosen])], counts);
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="facet-group">
            <Text component="legend" size="sm" fw={600} mb={6}>
              {t(`questions.facets.${facet}`)}
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
                  onChange={() => onChange(toggleBankFacet(search, facet, value))}
                />
              ))}
            </Stack>
          </fieldset>
        );
      })}
    </Stack>
  );
}
