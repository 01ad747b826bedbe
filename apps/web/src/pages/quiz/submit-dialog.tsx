import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SubmitDialogProps {
  opened: boolean;
  unanswered: number;
  flagged: number;
  offline: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** "Nộp bài?" with what is left undone; submitting waits for every answer to reach the server. */
export function SubmitDialog({
  opened,
  unanswered,
  flagged,
  offline,
  onClose,
  onConfirm,
}: SubmitDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quiz.confirmTitle')} centered>
      <Stack gap="sm">
        <Text fw={unanswered > 0 ? 700 : undefined} c={unanswered > 0 ? 'red.7' : undefined}>
          {unanswered > 0 ? t('quiz.confirmUnanswered', { count: unanswered }) : t('quiz.confirmAllDone')}
        </Text>
        {flagged > 0 && <Text>{t('quiz.confirmFlagged', { count: flagged })}</Text>}
        {offline && (
          <Alert color="orange" variant="light">
            {t('quiz.offlineWaiting')}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('quiz.confirmNote')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onClose}>
            {t('quiz.keepWorking')}
          </Button>
          <Button size="md" onClick={onConfirm}>
            {t('quiz.confirmSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
