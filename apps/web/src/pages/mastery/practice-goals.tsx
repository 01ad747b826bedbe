import { type ClassMastery, endpoints } from '@hoclieu/contracts';
import { ActionIcon, Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { useVietnamFormat } from '../../components/vietnam-format';

/** The class's goals: topics, target and due day, and who reached it. */
export function PracticeGoals({ data }: { data: ClassMastery }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const api = useApi();
  const queryClient = useQueryClient();
  const names = new Map(data.students.map((s) => [s.id, s.fullName]));
  const remove = useMutation({
    mutationFn: (goalId: string) => api.call(endpoints.mastery.deleteGoal, { params: { goalId } }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('mastery.goalRemoved') });
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.mastery.classMastery) });
    },
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="practice-goals">
      <Title order={2} fz="h4" mb="sm">
        {t('mastery.goals')}
      </Title>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {data.goals.length === 0 ? (
        <Text c="dimmed">{t('mastery.goalsEmpty')}</Text>
      ) : (
        <Stack gap="md">
          {data.goals.map((goal) => (
            <Group
              key={goal.id}
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
              data-testid="practice-goal"
            >
              <Stack gap={4}>
                <Group gap={6}>
                  {goal.topics.map((topic) => (
                    <Badge key={topic.id} variant="outline" tt="none">
                      {topic.title}
                    </Badge>
                  ))}
                </Group>
                <Text size="sm">
                  {t('mastery.goalLine', {
                    target: Math.round(goal.target * 100),
                    due: when.day(goal.dueOn),
                  })}{' '}
                  · {t('mastery.goalReached', { count: goal.reached.length, total: data.students.length })}
                </Text>
                {goal.reached.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('mastery.reached')}: {goal.reached.map((id) => names.get(id) ?? '').join(', ')}
                  </Text>
                )}
              </Stack>
              <Tooltip label={t('mastery.removeGoal')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('mastery.removeGoal')}
                  loading={remove.isPending && remove.variables === goal.id}
                  onClick={() => remove.mutate(goal.id)}
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
