import type { QuestionContent } from '@hoclieu/contracts';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NamedCard } from '../../../components/named-card';
import { ProblemList } from '../editor/problem-list';
import { SimilarQuestions } from '../editor/similar-questions';
import type { CheckResult } from '../editor/use-question-check';
import { QuestionView } from '../view/question-view';
import { ImportItemEditor } from './import-item-editor';
import { type ImportItem, itemStatus } from './import-items';

const statusColors = { ready: 'teal', error: 'red', skipped: 'gray' } as const;

interface ImportItemCardProps {
  item: ImportItem;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onSkip: (skipped: boolean) => void;
  onFixed: (content: QuestionContent, check: CheckResult) => void;
}

/** One parsed question: as it will be stored, what is wrong with it and where, fix or skip. */
export function ImportItemCard({ item, editing, onEdit, onSkip, onFixed }: ImportItemCardProps) {
  const { t } = useTranslation();
  const status = itemStatus(item);
  const label = item.number || t('questionImport.itemNumber', { number: item.index + 1 });
  return (
    <NamedCard
      component="article"
      label={label}
      data-status={status}
      style={status === 'error' ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={700}>{label}</Text>
            <Badge color={statusColors[status]} variant="light">
              {t(`questionImport.status.${status}`)}
            </Badge>
            <Badge variant="outline" color="gray" tt="none">
              {t(`questions.types.${item.content.type}`)}
            </Badge>
          </Group>
          {!editing && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => onEdit(true)}>
                {t('questionImport.fix')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => onSkip(!item.skipped)}>
                {item.skipped ? t('questionImport.unskip') : t('questionImport.skip')}
              </Button>
            </Group>
          )}
        </Group>
        <ProblemList problems={item.problems} />
        <SimilarQuestions similar={item.similar} />
        {editing ? (
          <ImportItemEditor content={item.content} onFixed={onFixed} onCancel={() => onEdit(false)} />
        ) : (
          !item.skipped && <QuestionView content={item.content} />
        )}
      </Stack>
    </NamedCard>
  );
}
