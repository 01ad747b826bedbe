import { type AttemptResult, endpoints } from '@hoclieu/contracts';
import { Badge, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { NamedCard } from '../../../components/named-card';
import { NoteField } from '../../../components/note-field';
import { QuestionView } from '../../questions/view/question-view';
import { useDecimalSeparator, useScoreFormat } from '../format';

type ReviewItem = NonNullable<AttemptResult['review']>[number];

interface EssayGradeFormProps {
  attemptId: string;
  item: ReviewItem;
}

/** One essay: the question with its marking guide, what the student wrote, and the score to give. */
export function EssayGradeForm({ attemptId, item }: EssayGradeFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const score = useScoreFormat();
  const decimalSeparator = useDecimalSeparator();
  const pending = item.result.status === 'manual';
  const [points, setPoints] = useState<number | string>(pending ? '' : item.result.score);
  const [comment, setComment] = useState('');
  const grade = useMutation({
    mutationFn: () =>
      api.call(endpoints.assessments.gradeEssay, {
        params: { attemptId, key: item.key },
        body: { score: Number(points), comment: comment.trim() },
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(endpointKey(endpoints.assessments.result, { params: { attemptId } }), result);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.results) });
      notifications.show({ color: 'teal', message: t('essayGrading.saved', { number: item.number }) });
    },
  });
  const valid = points !== '' && Number(points) >= 0 && Number(points) <= item.result.max;
  return (
    <NamedCard component="section" label={t('essayGrading.item', { number: item.number })}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{t('essayGrading.item', { number: item.number })}</Text>
          <Badge variant="light" color={pending ? 'orange' : 'teal'} tt="none">
            {pending
              ? t('examResults.needsGrading')
              : t('essayGrading.scored', { score: score(item.result.score), max: score(item.result.max) })}
          </Badge>
        </Group>
        <QuestionView content={item.content} />
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('essayGrading.answer')}
          </Text>
          <Paper bg="gray.0" p="sm" radius="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="essay-answer">
            {item.answer?.text?.trim() || (
              <Text span c="dimmed" size="sm">
                {t('essayGrading.blank')}
              </Text>
            )}
          </Paper>
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (valid) grade.mutate();
          }}
        >
          <Stack gap="xs">
            <Group gap="sm" align="flex-end">
              <NumberInput
                label={t('essayGrading.score', { max: score(item.result.max) })}
                withAsterisk
                min={0}
                max={item.result.max}
                step={0.25}
                decimalScale={2}
                decimalSeparator={decimalSeparator}
                allowNegative={false}
                w={160}
                value={points}
                onChange={setPoints}
              />
              <Button type="submit" loading={grade.isPending} disabled={!valid}>
                {t('essayGrading.save')}
              </Button>
            </Group>
            <NoteField
              label={t('essayGrading.comment')}
              maxLength={2000}
              value={comment}
              onChange={setComment}
            />
            {grade.isError && <ErrorAlert error={grade.error} />}
          </Stack>
        </form>
      </Stack>
    </NamedCard>
  );
}
