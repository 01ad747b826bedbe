import type { AttemptResult } from '@hoclieu/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';

/** How an attempt ended on this page: the student submitted, time ran out, or the server had closed it. */
export type FinishReason = 'submitted' | 'timeUp' | 'closed';

const titles = { submitted: 'quiz.submitted', timeUp: 'quiz.timeUp', closed: 'quiz.closed' } as const;
const notes = { submitted: null, timeUp: 'quiz.timeUpText', closed: 'quiz.closedText' } as const;

/** After the attempt: the score when released, else the promise of results later. */
export function AttemptOutcome({ reason, result }: { reason: FinishReason; result: AttemptResult }) {
  const { t, i18n } = useTranslation();
  const note = notes[reason];
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const released = result.released && result.score !== null;
  return (
    <Paper withBorder radius="md" p="lg" maw={560} mx="auto">
      <Stack gap="md" align="center" ta="center">
        <Title order={1} fz="h2">
          {t(titles[reason])}
        </Title>
        {note && <Text>{t(note)}</Text>}
        {released && result.score !== null ? (
          <Stack gap={0} align="center">
            <Text c="dimmed">{t('quiz.score')}</Text>
            <Text fz={40} fw={700} c="teal.8">
              {t('quiz.scoreValue', { score: number(result.score), max: number(result.maxScore) })}
            </Text>
          </Stack>
        ) : (
          <Text fw={600}>{t('quiz.resultLater')}</Text>
        )}
        <Stack gap="sm" w="100%">
          {released && (
            <RouterButton to="/ket-qua/$attemptId" params={{ attemptId: result.id }} size="md" fullWidth>
              {t('quiz.viewReview')}
            </RouterButton>
          )}
          <RouterButton to="/bai-kiem-tra" variant="default" size="md" fullWidth>
            {t('quiz.backToList')}
          </RouterButton>
        </Stack>
      </Stack>
    </Paper>
  );
}
