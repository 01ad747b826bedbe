import { type AttemptResult, endpoints } from '@hoclieu/contracts';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterButton } from '../../components/router-links';
import { useVietnamFormat } from '../../components/vietnam-format';
import { quizPageUrl } from '../../quiz-app/open-quiz-page';
import { OwnAnswerItem } from './own-answer-item';
import { ReviewItem } from './review-item';

const route = getRouteApi('/app/ket-qua/$attemptId');

/**
 * Kết quả: the score once released, then each question with the student's answer, the key and the
 * solution; while the keys are held (a classmate can still answer, a retake is left, not released),
 * the student's own answers and when the keys will come.
 */
export function ResultPage() {
  const { t, i18n } = useTranslation();
  const when = useVietnamFormat();
  const { attemptId } = route.useParams();
  const result = useApiQuery(endpoints.assessments.result, { params: { attemptId } });
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  /** Why the keys are not shown yet and when they come, as the server says. */
  const holdText = (hold: AttemptResult['reviewHold']) => {
    if (!hold) return t('quizResult.reviewLater');
    const time = hold.until ? when.dateTime(hold.until) : null;
    if (hold.reason === 'retake_left')
      return time ? t('quizResult.hold.retakeLeftUntil', { time }) : t('quizResult.hold.retakeLeft');
    if (hold.reason === 'classmates_answering' && time)
      return t('quizResult.hold.classmatesAnswering', { time });
    return time ? t('quizResult.hold.notReleasedUntil', { time }) : t('quizResult.hold.notReleased');
  };
  return (
    <Stack gap={0} maw={860}>
      <PageHeader title={t('quizResult.title')} />
      <QueryView query={result}>
        {(data) => (
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              {data.status === 'open' ? (
                <Stack gap="sm" align="flex-start">
                  <Text>{t('quizResult.notSubmitted')}</Text>
                  {/* The quiz page is its own light entry (quiz.html): a full navigation loads it. */}
                  <Button component="a" href={quizPageUrl(attemptId)}>
                    {t('quizResult.continue')}
                  </Button>
                </Stack>
              ) : (
                <Stack gap={4}>
                  {data.submittedAt && (
                    <Text size="sm" c="dimmed">
                      {t('quizResult.submittedAt', {
                        time: when.dateTime(data.submittedAt),
                      })}
                    </Text>
                  )}
                  {data.released && data.score !== null ? (
                    <>
                      <Text c="dimmed">{t('quiz.score')}</Text>
                      <Text fz={36} fw={700} c="teal.8">
                        {t('quiz.scoreValue', { score: number(data.score), max: number(data.maxScore) })}
                      </Text>
                    </>
                  ) : (
                    <Text fw={600}>{t('quizResult.notReleased')}</Text>
                  )}
                </Stack>
              )}
            </Paper>
            {data.review ? (
              <Stack gap="sm" component="section" aria-labelledby="review-title">
                <Title order={2} fz="h3" id="review-title">
                  {t('quizResult.reviewTitle')}
                </Title>
                {data.review.map((entry) => (
                  <ReviewItem key={entry.key} entry={entry} />
                ))}
              </Stack>
            ) : (
              data.status === 'submitted' && (
                <Stack gap="sm" component="section" aria-labelledby="own-answers-title">
                  <Alert color="gray">{holdText(data.reviewHold)}</Alert>
                  {data.ownAnswers && (
                    <>
                      <Title order={2} fz="h3" id="own-answers-title">
                        {t('quizResult.ownAnswersTitle')}
                      </Title>
                      {data.ownAnswers.map((entry) => (
                        <OwnAnswerItem key={entry.key} entry={entry} />
                      ))}
                    </>
                  )}
                </Stack>
              )
            )}
            <RouterButton to="/bai-kiem-tra" variant="default" style={{ alignSelf: 'flex-start' }}>
              {t('quiz.backToList')}
            </RouterButton>
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
