import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, Grid, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../components/page-header';
import { PageSection } from '../../../components/page-section';
import { QueryView } from '../../../components/query-view';
import { RouterButton } from '../../../components/router-links';
import { useSubjectName } from '../../../components/subject-name';
import { useSession } from '../../../session/session-context';
import { useScoreFormat } from '../format';
import { canAuthorTests } from '../test-roles';
import { AssignTestDialog } from './assign-test-dialog';
import { TestAssignments } from './test-assignments';
import { TestItemCard } from './test-item-card';
import { TestTotals } from './test-totals';
import { TestVersionsPanel } from './test-versions-panel';

const route = getRouteApi('/app/de-kiem-tra/$testId');

/** One test: its questions with keys, totals, paper versions and downloads, key corrections, assignments. */
export function TestPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const { testId } = route.useParams();
  const { user } = useSession();
  const score = useScoreFormat();
  const test = useApiQuery(endpoints.assessments.getTest, { params: { testId } });
  const [assignOpen, assignDialog] = useDisclosure(false);
  return (
    <QueryView query={test}>
      {(data) => {
        const isAuthor = data.author.id === user.id && canAuthorTests(user.role);
        return (
          <Stack gap="lg">
            <PageHeader
              title={data.title}
              description={t('testDetail.summary', {
                subject: subjectName(data.subject.code, data.subject.name),
                grade: data.grade,
                minutes: data.durationMinutes,
                count: data.items.length,
                points: score(data.maxScore),
              })}
              actions={
                isAuthor && (
                  <Group gap="sm">
                    {!data.locked && (
                      <RouterButton to="/de-kiem-tra/$testId/sua" params={{ testId }} variant="default">
                        {t('testDetail.edit')}
                      </RouterButton>
                    )}
                    <Button onClick={assignDialog.open}>{t('assignTest.open')}</Button>
                  </Group>
                )
              }
            />
            {data.locked && (
              <Alert color="blue" variant="light">
                {t('testDetail.locked')}
              </Alert>
            )}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
                <Stack gap="md">
                  <Title order={2} fz="h4">
                    {t('testDetail.items')}
                  </Title>
                  {data.items.map((item) => (
                    <TestItemCard key={item.key} testId={testId} item={item} canCorrect={isAuthor} />
                  ))}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
                <Stack gap="lg">
                  <PageSection title={t('testDetail.versions')}>
                    <TestVersionsPanel test={data} canEdit={isAuthor} />
                  </PageSection>
                  <PageSection title={t('testDetail.totals')}>
                    <TestTotals test={data} />
                  </PageSection>
                  <PageSection title={t('testDetail.assignments')}>
                    <TestAssignments testId={testId} />
                  </PageSection>
                </Stack>
              </Grid.Col>
            </Grid>
            {isAuthor && assignOpen && (
              <AssignTestDialog test={data} opened={assignOpen} onClose={assignDialog.close} />
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}
