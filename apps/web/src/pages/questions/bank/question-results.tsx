import type { QuestionSummary } from '@hoclieu/contracts';
import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QuestionCard } from './question-card';

interface QuestionResultsProps {
  items: QuestionSummary[];
  /** Folded words the search matched, marked in each stem. */
  highlight?: string[];
  selected: Set<string>;
  onSelect: (ids: string[], selected: boolean) => void;
}

/** The cards of one page of results, each with its checkbox, and "select all on this page". */
export function QuestionResults({ items, highlight, selected, onSelect }: QuestionResultsProps) {
  const { t } = useTranslation();
  const ids = items.map((item) => item.id);
  const chosenHere = ids.filter((id) => selected.has(id)).length;
  return (
    <Stack gap="sm" data-testid="question-results">
      <Checkbox
        size="sm"
        label={t('questionBulk.selectPage')}
        checked={chosenHere === ids.length}
        indeterminate={chosenHere > 0 && chosenHere < ids.length}
        onChange={(event) => onSelect(ids, event.currentTarget.checked)}
      />
      {items.map((question) => (
        <QuestionCard
          key={question.id}
          question={question}
          highlight={highlight}
          selected={selected.has(question.id)}
          onSelect={(checked) => onSelect([question.id], checked)}
        />
      ))}
    </Stack>
  );
}
