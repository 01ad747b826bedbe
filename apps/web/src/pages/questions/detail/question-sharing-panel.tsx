import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { ScopeBadge } from '../../materials/share-badges';
import { DecisionTrail } from '../../materials/sharing-panel';
import { QuestionReviewActions } from '../review/question-review-actions';
import { useQuestionChanged } from '../use-question-changed';
import { plainText } from '../view/plain-text';
import { QuestionStatusBadge } from '../view/question-badges';

type SharedScope = 'school' | 'district' | 'province';

/** Status and scope, the rejection reason, "Gửi duyệt" for the next level, the reviewer's buttons, the trail. */
export function QuestionSharingPanel({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useQuestionChanged();
  const submit = useMutation({
    mutationFn: (scope: SharedScope) =>
      api.call(endpoints.questions.requestShare, { params: { questionId: question.id }, body: { scope } }),
    onSuccess: (detail, scope) => {
      changed(detail);
      notifications.show({
        color: 'teal',
        message: t('sharing.submitted', { level: t(`materials.levelOf.${scope}`) }),
      });
    },
  });
  const next = question.permissions.submit && question.nextScope !== 'private' ? question.nextScope : null;
  const waiting =
    question.status === 'submitted' && question.requestedScope && question.requestedScope !== 'private';
  return (
    <Stack gap="md">
      <Group gap="xs">
        <QuestionStatusBadge question={question} size="lg" />
        <ScopeBadge scope={question.scope} size="lg" />
      </Group>
      {question.rejectionReason && (
        <Alert color="red" variant="light" title={t('sharing.actions.rejected')}>
          {question.rejectionReason}
        </Alert>
      )}
      {next && (
        <Button
          onClick={() => submit.mutate(next)}
          loading={submit.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('sharing.submit', { level: t(`materials.levelOf.${next}`) })}
        </Button>
      )}
      {submit.isError && <ErrorAlert error={submit.error} />}
      {question.permissions.review && waiting && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('questionReview.waiting', {
              level: t(`materials.levelOf.${question.requestedScope ?? 'school'}`),
            })}
          </Text>
          <QuestionReviewActions question={question} title={plainText(question.stem, 80)} />
        </Stack>
      )}
      <DecisionTrail decisions={question.decisions} />
    </Stack>
  );
}
