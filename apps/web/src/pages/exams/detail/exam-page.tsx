import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { DetailColumns } from '../../../components/detail-columns';
import { PageHeader } from '../../../components/page-header';
import { QueryView } from '../../../components/query-view';
import { RouterButton } from '../../../components/router-links';
import { useSubjectName } from '../../../components/subject-name';
import { useSession } from '../../../session/session-context';
import { canAuthorExams } from '../exam-roles';
import { useScoreFormat } from '../format';
import { AssignExamDialog } from './assign-exam-dialog';
import { ExamAssignments } from './exam-assignments';
import { ExamItemCard } from './exam-item-card';
import { ExamTotals } from './exam-totals';
import { ExamVersionsPanel } from './exam-versions-panel';

const route = getRouteApi('/app/de-kiem-tra/$examId');

/** One exam: its questions with keys, totals, paper versions and downloads, key corrections, assignments. */
export function ExamPage() {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const { examId } = route.useParams();
  const { user } = useSession();
  const score = useScoreFormat();
  const exam = useApiQuery(endpoints.assessments.getExam, { params: { examId } });
  const [assignOpen, assignDialog] = useDisclosure(false);
  return (
    <QueryView query={exam}>
      {(data) => {
        const isAuthor = data.author.id === user.id && canAuthorExams(user.role);
        return (
          <Stack gap="lg">
            <PageHeader
              title={data.title}
              description={t('examDetail.summary', {
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
                      <RouterButton to="/de-kiem-tra/$examId/sua" params={{ examId }} variant="default">
                        {t('examDetail.edit')}
                      </RouterButton>
                    )}
                    <Button onClick={assignDialog.open}>{t('assignExam.open')}</Button>
                  </Group>
                )
              }
            />
            {data.locked && (
              <Alert color="blue" variant="light">
                {t('examDetail.locked')}
              </Alert>
            )}
            <DetailColumns
              asideFirstOnPhone
              aside={[
                {
                  title: t('examDetail.versions'),
                  content: <ExamVersionsPanel exam={data} canEdit={isAuthor} />,
                },
                { title: t('examDetail.totals'), content: <ExamTotals exam={data} /> },
                { title: t('examDetail.assignments'), content: <ExamAssignments examId={examId} /> },
              ]}
            >
              <Stack gap="md">
                <Title order={2} fz="h4">
                  {t('examDetail.items')}
                </Title>
                {data.items.map((item) => (
                  <ExamItemCard key={item.key} examId={examId} item={item} canCorrect={isAuthor} />
                ))}
              </Stack>
            </DetailColumns>
            {isAuthor && assignOpen && (
              <AssignExamDialog exam={data} opened={assignOpen} onClose={assignDialog.close} />
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}
