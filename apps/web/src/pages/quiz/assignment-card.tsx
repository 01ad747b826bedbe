import type { AssignmentSummary } from '@hoclieu/contracts';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { useSubjectName } from '../../components/subject-name';
import { useVietnamFormat } from '../../components/vietnam-format';
import { quizPageUrl } from '../../quiz-app/open-quiz-page';
import { type AssignmentState, durationParts } from './assignment-state';

const badgeColors = {
  upcoming: 'gray',
  open: 'teal',
  inProgress: 'blue',
  submitted: 'green',
  closed: 'gray',
} as const;

interface AssignmentCardProps {
  assignment: AssignmentSummary;
  state: AssignmentState;
  now: number;
  starting: boolean;
  onStart: (assignmentId: string) => void;
}

/** One assigned exam: its window, where the student stands, and the one thing to do next. */
export function AssignmentCard({ assignment, state, now, starting, onStart }: AssignmentCardProps) {
  const { t, i18n } = useTranslation();
  const subjectName = useSubjectName();
  const time = useVietnamFormat().dateTime;
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const duration = (ms: number) => {
    const parts = durationParts(ms);
    if (parts.days > 0) return t('duration.days', parts);
    if (parts.hours > 0) return t('duration.hours', parts);
    return t('duration.minutes', parts);
  };

  const attempt = state.kind === 'submitted' || state.kind === 'closed' ? state.attempt : null;
  const lines: string[] = [
    `${subjectName(assignment.subject.code, assignment.subject.name)} · ${t('quizList.timeLimit', { minutes: assignment.timeLimitMinutes })}`,
  ];
  if (state.kind === 'upcoming') lines.push(t('quizList.opensAt', { time: time(assignment.opensAt) }));
  else if (state.kind === 'open' || state.kind === 'inProgress')
    lines.push(
      t('quizList.closesIn', {
        duration: duration(Date.parse(assignment.closesAt) - now),
        time: time(assignment.closesAt),
      }),
    );
  else if (state.kind === 'closed') lines.push(t('quizList.closedAt', { time: time(assignment.closesAt) }));
  if (assignment.attemptsAllowed > 1)
    lines.push(
      t('quizList.attempts', { used: assignment.myAttempts.length, allowed: assignment.attemptsAllowed }),
    );
  // Exam supervision: the student knows before starting that another device will need the teacher.
  if (assignment.oneDevice && state.kind !== 'closed') lines.push(t('supervision.oneDeviceStudent'));

  return (
    <Paper component="article" withBorder radius="md" p="md" aria-label={assignment.title}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h4">
            {assignment.title}
          </Title>
          <Badge color={badgeColors[state.kind]} variant="light" style={{ flex: 'none' }}>
            {t(`quizList.states.${state.kind}`)}
          </Badge>
        </Group>
        {lines.map((line) => (
          <Text key={line} size="sm" c="dimmed">
            {line}
          </Text>
        ))}
        {state.kind === 'submitted' && (
          <Text fw={600}>
            {state.attempt.score !== null
              ? t('quizList.score', {
                  score: number(state.attempt.score),
                  max: number(state.attempt.maxScore),
                })
              : t('quizList.scorePending')}
          </Text>
        )}
        <Group gap="sm">
          {state.kind === 'inProgress' && (
            // The quiz page is its own light entry (quiz.html): a full navigation loads it.
            <Button component="a" href={quizPageUrl(state.attempt.id)} size="md">
              {t('quizList.resume')}
            </Button>
          )}
          {(state.kind === 'open' || (state.kind === 'submitted' && state.canRetake)) && (
            <Button
              size="md"
              variant={state.kind === 'open' ? 'filled' : 'light'}
              loading={starting}
              onClick={() => onStart(assignment.id)}
            >
              {state.kind === 'open' ? t('quizList.start') : t('quizList.retake')}
            </Button>
          )}
          {attempt && (
            <RouterButton
              to="/ket-qua/$attemptId"
              params={{ attemptId: attempt.id }}
              size="md"
              variant="default"
            >
              {t('quizList.viewResult')}
            </RouterButton>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
