import { endpoints } from '@hoclieu/contracts';
import { Alert } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../components/page-header';
import { QueryView } from '../../../components/query-view';
import { RouterAnchor } from '../../../components/router-links';
import { TestBuilder } from './test-builder';
import { draftFromTest } from './test-draft';

const route = getRouteApi('/app/de-kiem-tra/$testId/sua');

/** Sửa đề: the builder on a saved test, until it is assigned (then its items are frozen). */
export function EditTestPage() {
  const { t } = useTranslation();
  const { testId } = route.useParams();
  const test = useApiQuery(endpoints.assessments.getTest, { params: { testId } });
  return (
    <QueryView query={test}>
      {(data) => (
        <>
          <PageHeader title={t('testBuilder.editTitle')} description={data.title} />
          {data.locked ? (
            <Alert color="blue" variant="light">
              {t('testDetail.locked')}{' '}
              <RouterAnchor
                to="/de-kiem-tra/$testId"
                params={{ testId }}
                c="inherit"
                fw={600}
                underline="always"
              >
                {t('testBuilder.backToTest')}
              </RouterAnchor>
            </Alert>
          ) : (
            <TestBuilder key={data.updatedAt} initial={draftFromTest(data)} testId={testId} />
          )}
        </>
      )}
    </QueryView>
  );
}
