import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { SyncState } from './answer-queue';
import { SyncIndicator } from './sync-indicator';
import type { FinishPhase } from './use-finish';

interface FinishingViewProps {
  phase: Extract<FinishPhase, { kind: 'finishing' | 'failed' }>;
  sync: SyncState;
  onRetry: () => void;
}

/** Between the last answer and the result: answers going out (or waiting for the network), then the submission. */
export function FinishingView({ phase, sync, onRetry }: FinishingViewProps) {
  const { t } = useTranslation();
  const offline = sync.status === 'offline';
  return (
    <Paper withBorder radius="md" p="lg" maw={560} mx="auto">
      <Stack gap="md" align="center" ta="center">
        <Title order={1} fz="h2">
          {phase.reason === 'timeUp' ? t('quiz.timeUp') : t('quiz.submitting')}
        </Title>
        {phase.kind === 'finishing' ? (
          <>
            <Loader aria-label={t('quiz.submitting')} />
            <SyncIndicator sync={sync} />
            {offline ? (
              <Alert color="orange" variant="light" ta="left">
                {t('quiz.offlineWaiting')}
              </Alert>
            ) : (
              <Text>{t('quiz.sendingPending')}</Text>
            )}
          </>
        ) : (
          <>
            <Text fw={600}>{t('quiz.finishFailed')}</Text>
            <ErrorAlert error={phase.error} onRetry={onRetry} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
