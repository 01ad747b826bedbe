import { type AttemptResult, endpoints, type LabelledAnswer } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { QueryView } from '../../../components/query-view';
import { RightDrawer } from '../../../components/right-drawer';
import { useScoreFormat } from '../format';
import { EssayGradeForm } from './essay-grade-form';
import type { StudentRow } from './student-sort';
import { SupervisionTimeline } from './supervision';

type ReviewItem = NonNullable<AttemptResult['review']>[number];

const resultColors = {
  correct: 'teal',
  partial: 'yellow',
  wrong: 'red',
  blank: 'gray',
  manual: 'orange',
} as const;

/** Essays, and anything the server leaves to the teacher, are graded by hand. */
const gradedByHand = (item: ReviewItem) => item.result.status === 'manual' || item.content.type === 'essay';

function answerText(answer: LabelledAnswer | null, t: TFunction): string {
  if (!answer) return t('essayGrading.blank');
  if (answer.choice) return answer.choice;
  if (answer.choices) return answer.choices.join(', ');
  if (answer.statements) {
    return Object.entries(answer.statements)
      .map(([label, value]) => `${label}) ${value ? t('questionView.true') : t('questionView.false')}`)
      .join(', ');
  }
  return answer.text?.trim() || t('essayGrading.blank');
}

function AutoGradedLine({ item }: { item: ReviewItem }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  return (
    <Paper withBorder px="sm" py={6} radius="sm">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">
          <Text span fw={700}>
            {t('essayGrading.item', { number: item.number })}
          </Text>{' '}
          · {answerText(item.answer, t)}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Badge variant="light" color={resultColors[item.result.status]} tt="none">
            {t(`essayGrading.results.${item.result.status}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {score(item.result.score)}/{score(item.result.max)}
          </Text>
        </Group>
      </Group>
    </Paper>
  );
}

interface AttemptReviewDrawerProps {
  student: StudentRow & { attemptId: string };
  onClose: () => void;
}

/** A student's attempt as the teacher reviews it: essays to grade with the rubric, the rest at a glance. */
export function AttemptReviewDrawer({ student, onClose }: AttemptReviewDrawerProps) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const attemptId = student.attemptId;
  const result = useApiQuery(endpoints.assessments.result, { params: { attemptId } });
  return (
    <RightDrawer onClose={onClose} size="xl" title={t('essayGrading.title', { name: student.fullName })}>
      <QueryView query={result}>
        {(data) => {
          const review = data.review ?? [];
          const byHand = review.filter(gradedByHand);
          const automatic = review.filter((item) => !gradedByHand(item));
          return (
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {[
                  student.className,
                  student.versionCode && t('examResults.versionCode', { code: student.versionCode }),
                  data.score !== null &&
                    t('essayGrading.total', { score: score(data.score), max: score(data.maxScore) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {data.review === null && <Text c="dimmed">{t('essayGrading.noReview')}</Text>}
              {/* The API numbers questions and letters options as on this student's paper. */}
              {data.review !== null && student.versionCode && (
                <Text size="xs" c="dimmed">
                  {t('essayGrading.asPrinted', { code: student.versionCode })}
                </Text>
              )}
              {byHand.map((item) => (
                <EssayGradeForm key={item.key} attemptId={attemptId} item={item} />
              ))}
              {automatic.length > 0 && (
                <Stack gap={6}>
                  <Text fw={600}>{t('essayGrading.automatic')}</Text>
                  {automatic.map((item) => (
                    <AutoGradedLine key={item.key} item={item} />
                  ))}
                </Stack>
              )}
              <SupervisionTimeline attemptId={attemptId} />
            </Stack>
          );
        }}
      </QueryView>
    </RightDrawer>
  );
}
