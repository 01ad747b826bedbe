import { endpoints } from '@hoclieu/contracts';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { useSubjectNames } from '../curriculum/use-subject-names';

/** A school's classes of a year (default: the current one), grouped by grade, each linking to its page. */
export function ClassesByGrade({
  schoolId,
  schoolYear,
}: {
  schoolId: string;
  schoolYear?: string | undefined;
}) {
  const { t } = useTranslation();
  const classes = useApiQuery(endpoints.org.listClasses, {
    params: { schoolId },
    ...(schoolYear ? { query: { schoolYear } } : {}),
  });
  const subjectName = useSubjectNames();
  return (
    <QueryView query={classes}>
      {({ items }) => {
        if (items.length === 0) return <Text c="dimmed">{t('school.noClasses')}</Text>;
        const grades = [...new Set(items.map((item) => item.grade))].sort((a, b) => a - b);
        return (
          <Stack gap="lg">
            {grades.map((grade) => (
              <section key={grade} aria-labelledby={`grade-${grade}`}>
                <Title order={3} fz="h5" mb="xs" id={`grade-${grade}`}>
                  {t('school.grade', { grade })}
                </Title>
                <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
                  {items
                    .filter((item) => item.grade === grade)
                    .map((item) => (
                      <Card key={item.id} withBorder padding="sm" radius="md">
                        <RouterAnchor to="/lop/$classId" params={{ classId: item.id }} fw={700}>
                          {item.name}
                        </RouterAnchor>
                        <Text size="xs" c="dimmed">
                          {t('classes.studentCount', { count: item.studentCount })} · {item.schoolYear}
                        </Text>
                        {item.electiveSubjects.length > 0 && (
                          <Group gap={4} mt={4}>
                            {item.electiveSubjects.map((subject) => (
                              <Badge key={subject} size="xs" variant="outline">
                                {subjectName(subject)}
                              </Badge>
                            ))}
                          </Group>
                        )}
                      </Card>
                    ))}
                </SimpleGrid>
              </section>
            ))}
          </Stack>
        );
      }}
    </QueryView>
  );
}
