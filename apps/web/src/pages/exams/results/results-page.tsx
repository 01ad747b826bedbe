import { type AssignmentResults, endpoints } from '@hoclieu/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey, useApiQuery } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageSection } from '../../../components/page-section';
import { QueryView } from '../../../components/query-view';
import { RouterAnchor } from '../../../components/router-links';
import { useSubjectName } from '../../../components/subject-name';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { useSession } from '../../../session/session-context';
import { ReleaseBadge } from '../detail/exam-assignments';
import { DownloadButton } from '../download-button';
import { canAuthorExams } from '../exam-roles';
import { useScoreFormat } from '../format';
import { AttemptReviewDrawer } from './attempt-review-drawer';
import { ItemStatsTable } from './item-stats-table';
import { summarize } from './results-summary';
import { ScoreDistribution } from './score-distribution';
import type { StudentRow } from './student-sort';
import { StudentsTable } from './students-table';

const route = getRouteApi('/app/giao-bai/$assignmentId/ket-qua');

function SummaryCard({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function ReleaseButton({ results }: { results: AssignmentResults }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const assignmentId = results.assignment.id;
  const release = useMutation({
    mutationFn: () => api.call(endpoints.assessments.release, { params: { assignmentId } }),
    onSuccess: (assignment) => {
      queryClient.setQueryData<AssignmentResults>(
        endpointKey(endpoints.assessments.results, { params: { assignmentId } }),
        (current) => (current ? { ...current, assignment } : current),
      );
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.listAssignments) });
      notifications.show({ color: 'teal', message: t('examResults.releasedNow') });
    },
  });
  return (
    <>
      <Button onClick={() => release.mutate()} loading={release.isPending}>
        {t('examResults.release')}
      </Button>
      {release.isError && <ErrorAlert error={release.error} />}
    </>
  );
}

/** Kết quả: who handed in and their scores, the score distribution, item analysis, release and export. */
export function ResultsPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const api = useApi();
  const score = useScoreFormat();
  const when = useVietnamFormat().dateTime;
  const { assignmentId } = route.useParams();
  const { user } = useSession();
  const canGrade = canAuthorExams(user.role);
  const results = useApiQuery(endpoints.assessments.results, { params: { assignmentId } });
  const [reviewing, setReviewing] = useState<(StudentRow & { attemptId: string }) | null>(null);
  return (
    <QueryView query={results}>
      {(data) => {
        const { assignment } = data;
        const summary = summarize(data);
        const classes = assignment.classes.map((item) => item.name).join(', ');
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('examResults.title', { title: assignment.title })}
              description={
                <>
                  {[
                    subjectName(assignment.subject.code, assignment.subject.name),
                    classes,
                    t('assignExam.window', {
                      opens: when(assignment.opensAt),
                      closes: when(assignment.closesAt),
                    }),
                  ].join(' · ')}{' '}
                  <RouterAnchor to="/de-kiem-tra/$examId" params={{ examId: assignment.examId }} size="sm">
                    {t('examResults.toExam')}
                  </RouterAnchor>
                </>
              }
              actions={
                <Group gap="sm">
                  <ReleaseBadge assignment={assignment} />
                  {canGrade && assignment.releasePolicy === 'manual' && !assignment.released && (
                    <ReleaseButton results={data} />
                  )}
                  <DownloadButton
                    fileName="ket-qua.xlsx"
                    load={() => api.download(endpoints.assessments.resultsXlsx, { params: { assignmentId } })}
                  >
                    {t('examResults.exportXlsx')}
                  </DownloadButton>
                </Group>
              }
            />
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <SummaryCard
                label={t('examResults.submittedCard')}
                value={`${summary.submitted}/${summary.total}`}
              />
              <SummaryCard
                label={t('examResults.mean')}
                value={summary.mean === null ? '—' : score(summary.mean)}
              />
              <SummaryCard
                label={t('examResults.max')}
                value={summary.max === null ? '—' : score(summary.max)}
              />
              <SummaryCard label={t('examResults.toGrade')} value={String(summary.needsGrading)} />
            </SimpleGrid>
            <PageSection title={t('examResults.distribution')}>
              <ScoreDistribution buckets={data.distribution} />
            </PageSection>
            <PageSection title={t('examResults.students')}>
              <StudentsTable
                results={data}
                onOpenAttempt={
                  canGrade
                    ? (student) =>
                        student.attemptId && setReviewing({ ...student, attemptId: student.attemptId })
                    : undefined
                }
              />
            </PageSection>
            <PageSection title={t('examResults.itemStats')}>
              <ItemStatsTable items={data.items} />
            </PageSection>
            {reviewing && <AttemptReviewDrawer student={reviewing} onClose={() => setReviewing(null)} />}
          </Stack>
        );
      }}
    </QueryView>
  );
}
