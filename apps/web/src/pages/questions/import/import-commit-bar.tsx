import { Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ImportCommitBarProps {
  summary: { ready: number; errors: number; skipped: number };
  submit: boolean;
  onSubmitChange: (submit: boolean) => void;
  onCommit: () => void;
  committing: boolean;
}

/** "N câu sẵn sàng, M câu lỗi, K bỏ qua", "Gửi duyệt cấp trường ngay", and the button that saves. */
export function ImportCommitBar({
  summary,
  submit,
  onSubmitChange,
  onCommit,
  committing,
}: ImportCommitBarProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="sm" p="sm" radius="md" className="import-commit-bar">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={600} aria-live="polite" data-testid="import-summary">
          {t('questionImport.summary', summary)}
        </Text>
        <Group gap="md">
          <Checkbox
            label={t('questionImport.submitNow')}
            checked={submit}
            onChange={(event) => onSubmitChange(event.currentTarget.checked)}
          />
          <Button onClick={onCommit} loading={committing} disabled={summary.ready === 0}>
            {t('questionImport.commit', { count: summary.ready })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
