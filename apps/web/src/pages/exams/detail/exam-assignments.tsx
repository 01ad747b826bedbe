import { type AssignmentSummary, endpoints } from '@hoclieu/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { QueryView } from '../../../components/query-view';
import { RouterAnchor } from '../../../components/router-links';
import { useVietnamFormat } from '../../../components/vietnam-format';

/** Đã giao / Đã công bố and the release rule of one assignment. */
export function ReleaseBadge({ assignment }: { assignment: AssignmentSummary }) {
  const { t } = useTranslation();
  return assignment.released ? (
    <Badge color="teal" variant="light" tt="none">
      {t('assignExam.released')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" tt="none">
      {t(`assignExam.releasePolicies.${assignment.releasePolicy}`)}
    </Badge>
  );
}

function AssignmentRow({ assignment }: { assignment: AssignmentSummary }) {
  const { t } = useTranslation();
  const when = useVietnamFormat().dateTime;
  const classes = assignment.classes.map((item) => item.name).join(', ');
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={classes}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{classes}</Text>
          <ReleaseBadge assignment={assignment} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('assignExam.window', { opens: when(assignment.opensAt), closes: when(assignment.closesAt) })}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            {t('assignExam.submitted', {
              submitted: assignment.submittedCount ?? 0,
              total: assignment.studentCount ?? 0,
            })}
          </Text>
          <RouterAnchor
            to="/giao-bai/$assignmentId/ket-qua"
            params={{ assignmentId: assignment.id }}
            size="sm"
            fw={600}
            aria-label={t('assignExam.resultsOf', { classes })}
          >
            {t('assignExam.results')}
          </RouterAnchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Where this exam has been assigned, each with its results page. */
export function ExamAssignments({ examId }: { examId: string }) {
  const { t } = useTranslation();
  const assignments = useApiQuery(endpoints.assessments.listAssignments, {});
  return (
    <QueryView query={assignments}>
      {(data) => {
        const mine = data.items.filter((assignment) => assignment.examId === examId);
        return mine.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('assignExam.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {mine.map((assignment) => (
              <AssignmentRow key={assignment.id} assignment={assignment} />
            ))}
          </Stack>
        );
      }}
    </QueryView>
  );
}
