import { endpoints } from '@hoclieu/contracts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { LevelBadges } from '../../components/level-badges';
import { QueryView } from '../../components/query-view';
import { StatCard } from '../../components/stat-card';

interface SchoolFactsProps {
  schoolId: string;
  title: string;
  /** Class, teacher and student counts (staff); students see the school's identity only. */
  withCounts?: boolean;
}

export function SchoolFacts({ schoolId, title, withCounts = false }: SchoolFactsProps) {
  const { t } = useTranslation();
  const school = useApiQuery(endpoints.org.getSchool, { params: { schoolId } });
  return (
    <QueryView query={school}>
      {(data) => (
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Stack gap={6}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {title}
              </Text>
              <Title order={2} fz="h3">
                {data.name}
              </Title>
              <LevelBadges levels={data.levels} />
              <Text size="sm">
                {t('school.kind')}: {data.kind} · {t('school.code')}: {data.code}
              </Text>
              <Text size="sm">
                {t('school.district')}: {data.district.name}
              </Text>
              {data.address && (
                <Text size="sm">
                  {t('school.address')}: {data.address}
                </Text>
              )}
            </Stack>
          </Paper>
          {withCounts && (
            <SimpleGrid cols={{ base: 3 }} spacing="sm">
              <StatCard label={t('school.classes')} value={data.classCount} />
              <StatCard label={t('school.teachers')} value={data.teacherCount} />
              <StatCard label={t('school.students')} value={data.studentCount} />
            </SimpleGrid>
          )}
        </Stack>
      )}
    </QueryView>
  );
}
