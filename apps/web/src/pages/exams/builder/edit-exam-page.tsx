import { endpoints } from '@hoclieu/contracts';
import { Alert } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../components/page-header';
import { QueryView } from '../../../components/query-view';
import { RouterAnchor } from '../../../components/router-links';
import { ExamBuilder } from './exam-builder';
import { draftFromExam } from './exam-draft';

const route = getRouteApi('/app/de-kiem-tra/$examId/sua');

/** Sửa đề: the builder on a saved exam, until it is assigned (then its items are frozen). */
export function EditExamPage() {
  const { t } = useTranslation();
  const { examId } = route.useParams();
  const exam = useApiQuery(endpoints.assessments.getExam, { params: { examId } });
  return (
    <QueryView query={exam}>
      {(data) => (
        <>
          <PageHeader title={t('examBuilder.editTitle')} description={data.title} />
          {data.locked ? (
            <Alert color="blue" variant="light">
              {t('examDetail.locked')}{' '}
              <RouterAnchor
                to="/de-kiem-tra/$examId"
                params={{ examId }}
                c="inherit"
                fw={600}
                underline="always"
              >
                {t('examBuilder.backToExam')}
              </RouterAnchor>
            </Alert>
          ) : (
            <ExamBuilder key={data.updatedAt} initial={draftFromExam(data)} examId={examId} />
          )}
        </>
      )}
    </QueryView>
  );
}
