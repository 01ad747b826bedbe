import { endpoints, type SessionUser } from '@hoclieu/contracts';
import { can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { Grid, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { useSubjectName } from '../../components/subject-name';
import { useActor, useSession } from '../../session/session-context';
import { PeriodsTable } from './periods-table';
import { TopicCoverageLine } from './topic-coverage-line';
import { TopicImportPanel } from './topic-import-panel';
import { TopicTree } from './topic-tree';
import { gradeNumbers } from './use-curriculum-options';

const route = getRouteApi('/app/chuong-trinh');
const firstGrade = { primary: 1, lower_secondary: 6, upper_secondary: 10, continuing: 10 } as const;

/** A teacher starts on the first grade their school teaches. */
function defaultGrade(user: SessionUser): number {
  const level = user.school?.levels[0];
  return level ? firstGrade[level] : 6;
}

export function CurriculumPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const { user } = useSession();
  const canImport = can(useActor(), 'curriculum.manage', GLOBAL_SCOPE);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const grade = search.grade ?? defaultGrade(user);
  const periods = useApiQuery(endpoints.curriculum.listPeriods, { query: { grade } });
  const subjects = periods.data?.items ?? [];
  const subject = subjects.find((item) => item.subjectCode === search.subject);
  const selectSubject = (code: string | undefined) =>
    void navigate({ search: (prev) => ({ ...prev, subject: code }), replace: true });

  return (
    <Stack gap={0}>
      <PageHeader title={t('curriculum.title')} />
      <TopicCoverageLine />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          label={t('curriculum.grade')}
          value={String(grade)}
          allowDeselect={false}
          data={gradeNumbers.map((value) => ({
            value: String(value),
            label: t('curriculum.gradeOption', { grade: value }),
          }))}
          onChange={(value) => void navigate({ search: { grade: Number(value), subject: undefined } })}
          w={140}
        />
        <Select
          label={t('curriculum.subject')}
          placeholder={t('curriculum.chooseSubject')}
          clearable
          searchable
          value={subject?.subjectCode ?? null}
          data={subjects.map((item) => ({
            value: item.subjectCode,
            label: subjectName(item.subjectCode, item.subjectName),
          }))}
          onChange={(value) => selectSubject(value ?? undefined)}
          w={{ base: '100%', xs: 320 }}
        />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="h5" mb="sm">
              {t('curriculum.periodsTitle')}
            </Title>
            <QueryView query={periods}>
              {(data) => (
                <PeriodsTable
                  periods={data.items}
                  selectedSubject={search.subject}
                  onSelect={selectSubject}
                />
              )}
            </QueryView>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="h5" mb="sm">
              {subject
                ? `${t('curriculum.topicsTitle')}: ${subjectName(subject.subjectCode, subject.subjectName)} – ${t('curriculum.gradeOption', { grade })}`
                : t('curriculum.topicsTitle')}
            </Title>
            {subject ? (
              <TopicTree subjectCode={subject.subjectCode} grade={grade} />
            ) : (
              <p>{t('curriculum.chooseSubject')}</p>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      {canImport && <TopicImportPanel />}
    </Stack>
  );
}
