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

/** One labelled fact of a school ("Địa chỉ: …"), left out when it is not known. */
export function SchoolFact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text size="sm">
      {label}: {value}
    </Text>
  );
}

/** A school's class, teacher and student counts, side by side. */
export function SchoolCounts({
  school,
}: {
  school: { classCount: number; teacherCount: number; studentCount: number };
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={3} spacing="sm">
      <StatCard label={t('school.classes')} value={school.classCount} />
      <StatCard label={t('school.teachers')} value={school.teacherCount} />
      <StatCard label={t('school.students')} value={school.studentCount} />
    </SimpleGrid>
  );
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
              <SchoolFact label={t('school.district')} value={data.district.name} />
              <SchoolFact label={t('school.address')} value={data.address} />
            </Stack>
          </Paper>
          {withCounts && <SchoolCounts school={data} />}
        </Stack>
      )}
    </QueryView>
  );
}
