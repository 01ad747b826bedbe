import { endpoints } from '@hoclieu/contracts';
import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { useSubjectName } from '../../components/subject-name';

/**
 * The signed-in user's own classes this school year: a student's class, or the classes a teacher
 * teaches with their subjects. Students cannot open class pages, so their class is not a link.
 */
export function MyClassesList({ linkToClass, empty }: { linkToClass: boolean; empty: string }) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const classes = useApiQuery(endpoints.org.myClasses, {});
  return (
    <QueryView query={classes}>
      {({ items }) =>
        items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {items.map((item) => (
              <Card key={item.id} withBorder padding="sm" radius="md">
                {linkToClass ? (
                  <RouterAnchor to="/lop/$classId" params={{ classId: item.id }} fw={700} size="lg">
                    {t('classes.name')} {item.name}
                  </RouterAnchor>
                ) : (
                  <Text fw={700} size="lg">
                    {t('classes.name')} {item.name}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('classes.grade', { grade: item.grade })} · {t('classes.schoolYear')} {item.schoolYear} ·{' '}
                  {t('classes.studentCount', { count: item.studentCount })}
                </Text>
                {item.subjects.length > 0 && (
                  <Group gap={4} mt={6}>
                    {item.subjects.map((subject) => (
                      <Badge key={subject.code} variant="light" size="sm" tt="none">
                        {subjectName(subject.code, subject.name)}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Card>
            ))}
          </SimpleGrid>
        )
      }
    </QueryView>
  );
}
