import { endpoints } from '@hoclieu/contracts';
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ColumnTable, type TableColumn } from '../../components/column-table';
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
            <PeopleSection
              title={t('classes.teachers')}
              items={data.teachers}
              empty={t('classes.noTeachers')}
              rowKey={(teacher) => `${teacher.id}-${teacher.subjectCode}`}
              second={{ label: t('classes.subject'), cell: (teacher) => teacher.subjectName }}
            />
            <PeopleSection
              title={t('classes.students')}
              items={data.students}
              empty={t('classes.noStudents')}
              rowKey={(student) => student.id}
              second={{
                label: t('classes.username'),
                cell: (student) => (
                  <Text span inherit ff="monospace">
                    {student.username}
                  </Text>
                ),
              }}
            />
          </SimpleGrid>
          <ClassLectures classId={classId} />
        </Stack>
      )}
    </QueryView>
  );
}

interface PeopleSectionProps<P> {
  title: string;
  items: P[];
  empty: string;
  rowKey: (person: P) => string;
  /** The column after the name. */
  second: TableColumn<P>;
}

/** The class's teachers or students: their names and one more column. */
function PeopleSection<P extends { fullName: string }>({
  title,
  empty,
  second,
  ...table
}: PeopleSectionProps<P>) {
  const { t } = useTranslation();
  return (
    <PageSection title={title}>
      <ColumnTable
        {...table}
        empty={<Text c="dimmed">{empty}</Text>}
        columns={[{ label: t('classes.fullName'), cell: (person) => person.fullName }, second]}
      />
    </PageSection>
  );
}
