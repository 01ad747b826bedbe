import { Button, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { BulkTagDialog } from './bulk-tag-dialog';
import { ExportMenu } from './export-menu';

interface BulkActionsBarProps {
  ids: string[];
  onClear: () => void;
}

/** What can be done with the chosen questions: tags, export; stays in view while scrolling. */
export function BulkActionsBar({ ids, onClear }: BulkActionsBarProps) {
  const { t } = useTranslation();
  const [tagging, tagDialog] = useDisclosure(false);
  if (ids.length === 0) return null;
  return (
    <Paper
      withBorder
      shadow="sm"
      p="xs"
      radius="md"
      className="bulk-actions"
      role="region"
      aria-label={t('questionBulk.label')}
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm" fw={600}>
          {t('questionBulk.selected', { count: ids.length })}
        </Text>
        <Group gap="xs">
          <Button variant="light" size="sm" onClick={tagDialog.open}>
            {t('questionBulk.tag')}
          </Button>
          <ExportMenu ids={ids} />
          <Button variant="subtle" size="sm" onClick={onClear}>
            {t('questionBulk.clear')}
          </Button>
        </Group>
      </Group>
      <BulkTagDialog ids={ids} opened={tagging} onClose={tagDialog.close} />
    </Paper>
  );
}
