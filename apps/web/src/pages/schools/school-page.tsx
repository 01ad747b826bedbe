import { endpoints } from '@hoclieu/contracts';
import { Group, Paper, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { LevelBadges } from '../../components/level-badges';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { SchoolCounts, SchoolFact } from '../home/school-facts';
import { SchoolYearSelect } from '../school-years/school-year-select';
import { ClassesByGrade } from './classes-by-grade';

const route = getRouteApi('/app/truong/$schoolId');

export function SchoolPage() {
  const { t } = useTranslation();
  const { schoolId } = route.useParams();
  const school = useApiQuery(endpoints.org.getSchool, { params: { schoolId } });
  const [schoolYear, setSchoolYear] = useState<string | undefined>();
  return (
    <QueryView query={school}>
      {(data) => (
        <Stack gap="lg">
          <PageHeader title={data.name} description={`${data.kind} · ${data.district.name}`} />
          <Paper withBorder p="md" radius="md">
            <Stack gap={6}>
              <LevelBadges levels={data.levels} />
              <SchoolFact label={t('school.code')} value={data.code} />
              <SchoolFact label={t('school.address')} value={data.address} />
            </Stack>
          </Paper>
          <SchoolCounts school={data} />
          <Group justify="space-between" align="flex-end">
            <Title order={2} fz="h4">
              {t('school.classesByGrade')}
            </Title>
            <SchoolYearSelect value={schoolYear} onChange={setSchoolYear} />
          </Group>
          <ClassesByGrade schoolId={schoolId} schoolYear={schoolYear} />
        </Stack>
      )}
    </QueryView>
  );
}
