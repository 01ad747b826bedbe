import { endpoints } from '@hoclieu/contracts';
import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { AssignmentCard } from './assignment-card';
import { assignmentState, stateOrder } from './assignment-state';
import { useStartAttempt } from './use-start-attempt';

/** The device's time, refreshed each minute: "còn 2 giờ 15 phút" moves on while the list is open. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Bài kiểm tra: the exams assigned to the student's classes, what is open first. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const list = useApiQuery(endpoints.assessments.listAssignments, {});
  const start = useStartAttempt();
  const now = useMinuteClock();
  return (
    <Stack gap={0} maw={720}>
      <PageHeader title={t('quizList.title')} description={t('quizList.intro')} />
      {start.isError && <ErrorAlert error={start.error} />}
      <QueryView query={list}>
        {({ items }) => {
          if (items.length === 0) return <Text c="dimmed">{t('quizList.empty')}</Text>;
          const rows = items
            .map((assignment) => ({ assignment, state: assignmentState(assignment, now) }))
            .sort(
              (a, b) =>
                stateOrder[a.state.kind] - stateOrder[b.state.kind] ||
                a.assignment.closesAt.localeCompare(b.assignment.closesAt),
            );
          return (
            <Stack gap="sm" mt={start.isError ? 'sm' : 0}>
              {rows.map(({ assignment, state }) => (
                <AssignmentCard
                  key={assignment.id}
                  assignment={assignment}
                  state={state}
                  now={now}
                  starting={start.isPending && start.variables === assignment.id}
                  onStart={start.mutate}
                />
              ))}
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}
