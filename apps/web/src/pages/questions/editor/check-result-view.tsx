import { Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemList } from './problem-list';
import { SimilarQuestions } from './similar-questions';
import type { CheckResult } from './use-question-check';

/** What `check` found: content problems and near-duplicates; "no problems" once it has looked. */
export function CheckResultView({
  result,
  checking,
}: {
  result: CheckResult | undefined;
  checking: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('questionCheck.title')}
        </Text>
        {checking && <Loader size="xs" aria-label={t('questionCheck.checking')} />}
      </Group>
      {!result ? (
        <Text size="sm" c="dimmed">
          {t('questionCheck.waiting')}
        </Text>
      ) : result.problems.length === 0 && result.similar.length === 0 ? (
        <Text size="sm" c="teal.8">
          {t('questionCheck.ok')}
        </Text>
      ) : (
        <>
          <ProblemList problems={result.problems} />
          <SimilarQuestions similar={result.similar} />
        </>
      )}
    </Stack>
  );
}
