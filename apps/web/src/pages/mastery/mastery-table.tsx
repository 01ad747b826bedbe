import type { ClassMastery } from '@hoclieu/contracts';
import { Anchor, Badge, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keyboardScrollable } from '../../components/keyboard-scrollable';
import { masteryColor, masteryPercent } from './mastery-format';

/** Rows are students, columns topics (weakest first), each cell the student's mastery and answers. */
export function MasteryTable({
  data,
  onHistory,
}: {
  data: ClassMastery;
  onHistory: (student: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const label = t('mastery.tableLabel');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} fz="h4" mb="sm">
        {label}
      </Title>
      {data.topics.length === 0 ? (
        <Text c="dimmed">{t('mastery.noData')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={160 + data.topics.length * 110}
          scrollAreaProps={{ viewportProps: keyboardScrollable(label) }}
        >
          <Table stickyHeader withColumnBorders data-testid="mastery-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mastery.student')}</Table.Th>
                {data.topics.map((topic) => (
                  <Table.Th key={topic.id} data-testid="mastery-topic" miw={100}>
                    <Stack gap={2}>
                      <Text size="sm" fw={600} lineClamp={2}>
                        {topic.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {topic.mean === null
                          ? t('mastery.notPractised')
                          : `${t('mastery.classMean')}: ${masteryPercent(topic.mean)}`}
                      </Text>
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.students.map((student) => {
                const cells = new Map(student.cells.map((c) => [c.topicId, c]));
                return (
                  <Table.Tr key={student.id} data-testid="mastery-student">
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => onHistory({ id: student.id, name: student.fullName })}
                      >
                        {student.fullName}
                      </Anchor>
                    </Table.Td>
                    {data.topics.map((topic) => {
                      const cell = cells.get(topic.id);
                      return (
                        <Table.Td key={topic.id}>
                          {cell ? (
                            <Tooltip
                              label={t('mastery.cell', { count: cell.answers, correct: cell.correct })}
                            >
                              <Badge color={masteryColor(cell.mastery)} variant="light" size="lg" tt="none">
                                {masteryPercent(cell.mastery)}
                              </Badge>
                            </Tooltip>
                          ) : (
                            <Text c="dimmed" size="sm">
                              —
                            </Text>
                          )}
                          {cell && (
                            <Text size="xs" c="dimmed">
                              {t('mastery.answers', { count: cell.answers })}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
