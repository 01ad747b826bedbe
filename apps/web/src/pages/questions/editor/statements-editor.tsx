import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceLetter, ChoiceList } from './choice-list';
import { MathTextField } from './math-text-field';
import { type ChoiceDraft, statementLabels } from './question-draft';

/** The four statements a)–d) of a Đúng/Sai question, each marked true or false (Alt+1…4 flips one). */
export function StatementsEditor({
  statements,
  onChange,
}: {
  statements: ChoiceDraft[];
  onChange: (statements: ChoiceDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ChoiceDraft>) =>
    onChange(statements.map((statement, at) => (at === index ? { ...statement, ...patch } : statement)));
  return (
    <ChoiceList label={t('questionEditor.statements')}>
      {statements.map((statement, index) => {
        const label = statementLabels[index] ?? '';
        return (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <ChoiceLetter>{label})</ChoiceLetter>
            <MathTextField
              layout="below"
              value={statement.text}
              onChange={(text) => update(index, { text })}
              aria-label={t('questionEditor.statement', { label })}
            />
            <SegmentedControl
              size="xs"
              mt={4}
              value={statement.correct ? 'true' : 'false'}
              onChange={(value) => update(index, { correct: value === 'true' })}
              aria-label={t('questionEditor.statementAnswer', { label })}
              data={[
                { value: 'true', label: t('questionView.true') },
                { value: 'false', label: t('questionView.false') },
              ]}
            />
          </Group>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('questionEditor.statementKeys')}
      </Text>
    </ChoiceList>
  );
}
