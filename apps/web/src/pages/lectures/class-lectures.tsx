import { endpoints } from '@hoclieu/contracts';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { keyboardScrollable } from '../../components/keyboard-scrollable';
import { RouterAnchor } from '../../components/router-links';
import { TableHeader } from '../../components/table-header';
import { useSession } from '../../session/session-context';
import { LectureStatusBadge } from './lecture-status-badge';
import { scoreText } from './score-text';

const minutes = (seconds: number) => Math.round(seconds / 60);

/**
 * Bài giảng điện tử given to the class: where each student is and their score. Shown to those the
 * API lets follow the class (its teachers, the school admin); nothing for anyone else.
 */
export function ClassLectures({ classId }: { classId: string }) {
  const { role } = useSession().user;
  // The API lets only a class's teachers and its school admin follow it: nobody else asks.
  return role === 'teacher' || role === 'school_admin' ? <ClassLectureTables classId={classId} /> : null;
}

function ClassLectureTables({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const query = useApiQuery(endpoints.lectures.classProgress, { params: { classId } }, { retry: false });
  if (!query.data || query.data.lectures.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="class-lectures">
      <Title order={2} fz="h4" mb="sm">
        {t('lectures.classTitle')}
      </Title>
      <Stack gap="lg">
        {query.data.lectures.map((lecture) => {
          const done = lecture.students.filter((s) =>
            ['completed', 'passed', 'failed'].includes(s.status),
          ).length;
          return (
            <Stack key={lecture.materialId} gap={4}>
              <RouterAnchor to="/hoc-lieu/$materialId" params={{ materialId: lecture.materialId }} fw={500}>
                {lecture.title}
              </RouterAnchor>
              <Text size="xs" c="dimmed">
                {t('lectures.classSummary', { done, total: lecture.students.length })}
                {lecture.masteryScore !== null &&
                  ` · ${t('lectures.mastery', { score: lecture.masteryScore })}`}
              </Text>
              <Table.ScrollContainer
                minWidth={480}
                scrollAreaProps={{ viewportProps: keyboardScrollable(lecture.title) }}
              >
                <Table>
                  <TableHeader
                    columns={[
                      t('classes.fullName'),
                      t('lectures.state'),
                      t('lectures.score'),
                      t('lectures.minutes'),
                    ]}
                  />
                  <Table.Tbody>
                    {lecture.students.map((student) => (
                      <Table.Tr key={student.studentId} data-testid="lecture-student">
                        <Table.Td>{student.name}</Table.Td>
                        <Table.Td>
                          <LectureStatusBadge status={student.status} />
                        </Table.Td>
                        <Table.Td>{scoreText(student.scoreRaw, student.scoreScaled) || '—'}</Table.Td>
                        <Table.Td>{minutes(student.totalSeconds)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
