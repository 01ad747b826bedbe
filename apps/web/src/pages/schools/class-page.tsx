import { endpoints } from '@hoclieu/contracts';
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { TableHeader } from '../../components/table-header';
import { useSession } from '../../session/session-context';
import { hasSection } from '../../shell/sections';
import { useSubjectNames } from '../curriculum/use-subject-names';
import { ClassLectures } from '../lectures/class-lectures';

const route = getRouteApi('/app/lop/$classId');

export function ClassPage() {
  const { t } = useTranslation();
  const { classId } = route.useParams();
  const classQuery = useApiQuery(endpoints.org.getClass, { params: { classId } });
  const subjectName = useSubjectNames();
  const canOpenSchool = hasSection(useSession().user.role, 'mySchool', 'schools');
  return (
    <QueryView query={classQuery}>
      {(data) => (
        <Stack gap="lg">
          <PageHeader
            title={`${t('classes.name')} ${data.name}`}
            description={
              <>
                {canOpenSchool ? (
                  <RouterAnchor to="/truong/$schoolId" params={{ schoolId: data.school.id }} inherit>
                    {data.school.name}
                  </RouterAnchor>
                ) : (
                  data.school.name
                )}{' '}
                · {t('classes.schoolYear')} {data.schoolYear} ·{' '}
                {t('classes.studentCount', { count: data.studentCount })}
              </>
            }
          />
          {data.electiveSubjects.length > 0 && (
            <Group gap="xs">
              <Text size="sm">{t('classes.electives')}:</Text>
              {data.electiveSubjects.map((subject) => (
                <Badge key={subject} variant="outline">
                  {subjectName(subject)}
                </Badge>
              ))}
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Paper withBorder p="md" radius="md">
              <Title order={2} fz="h4" mb="sm">
                {t('classes.teachers')}
              </Title>
              {data.teachers.length === 0 ? (
                <Text c="dimmed">{t('classes.noTeachers')}</Text>
              ) : (
                <Table>
                  <TableHeader columns={[t('classes.fullName'), t('classes.subject')]} />
                  <Table.Tbody>
                    {data.teachers.map((teacher) => (
                      <Table.Tr key={`${teacher.id}-${teacher.subjectCode}`}>
                        <Table.Td>{teacher.fullName}</Table.Td>
                        <Table.Td>{teacher.subjectName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Title order={2} fz="h4" mb="sm">
                {t('classes.students')}
              </Title>
              {data.students.length === 0 ? (
                <Text c="dimmed">{t('classes.noStudents')}</Text>
              ) : (
                <Table>
                  <TableHeader columns={[t('classes.fullName'), t('classes.username')]} />
                  <Table.Tbody>
                    {data.students.map((student) => (
                      <Table.Tr key={student.id}>
                        <Table.Td>{student.fullName}</Table.Td>
                        <Table.Td ff="monospace">{student.username}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </SimpleGrid>
          <ClassLectures classId={classId} />
        </Stack>
      )}
    </QueryView>
  );
}
