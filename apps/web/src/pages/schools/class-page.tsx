import { endpoints } from '@hoclieu/contracts';
import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ListTable } from '../../components/list-table';
import { PageHeader } from '../../components/page-header';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { hasSection } from '../../shell/sections';
import { useSubjectNames } from '../curriculum/use-subject-names';
import { ClassLectures } from '../lectures/class-lectures';
import { ClassMasteryLink } from '../mastery/class-mastery-link';

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
            actions={<ClassMasteryLink classId={classId} />}
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
            <PageSection title={t('classes.teachers')}>
              <ListTable
                items={data.teachers}
                empty={<Text c="dimmed">{t('classes.noTeachers')}</Text>}
                columns={[t('classes.fullName'), t('classes.subject')]}
              >
                {(teacher) => (
                  <Table.Tr key={`${teacher.id}-${teacher.subjectCode}`}>
                    <Table.Td>{teacher.fullName}</Table.Td>
                    <Table.Td>{teacher.subjectName}</Table.Td>
                  </Table.Tr>
                )}
              </ListTable>
            </PageSection>
            <PageSection title={t('classes.students')}>
              <ListTable
                items={data.students}
                empty={<Text c="dimmed">{t('classes.noStudents')}</Text>}
                columns={[t('classes.fullName'), t('classes.username')]}
              >
                {(student) => (
                  <Table.Tr key={student.id}>
                    <Table.Td>{student.fullName}</Table.Td>
                    <Table.Td ff="monospace">{student.username}</Table.Td>
                  </Table.Tr>
                )}
              </ListTable>
            </PageSection>
          </SimpleGrid>
          <ClassLectures classId={classId} />
        </Stack>
      )}
    </QueryView>
  );
}
