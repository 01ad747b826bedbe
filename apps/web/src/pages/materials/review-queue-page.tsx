import { endpoints } from '@hoclieu/contracts';
import { Badge, Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { QuestionReviewList } from '../questions/review/question-review-list';
import { MaterialReviewList } from './material-review-list';

const route = getRouteApi('/app/duyet-hoc-lieu');

function CountBadge({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <Badge size="sm" circle color="red">
      {count}
    </Badge>
  );
}

/** Duyệt: what waits for this reviewer's decision, materials and questions on two tabs. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { tab: chosen } = route.useSearch();
  const navigate = route.useNavigate();
  const materials = useApiQuery(endpoints.materials.reviewQueue, {});
  const questions = useApiQuery(endpoints.questions.reviewQueue, {});
  // Unless a tab was chosen, open on questions when they are all that waits, decided once: the
  // page must not jump to the other tab when the reviewer approves the last material.
  const [opening, setOpening] = useState<'hoc-lieu' | 'cau-hoi' | null>(null);
  useEffect(() => {
    if (opening !== null || !materials.data || !questions.data) return;
    const onlyQuestions = materials.data.items.length === 0 && questions.data.items.length > 0;
    setOpening(onlyQuestions ? 'cau-hoi' : 'hoc-lieu');
  }, [opening, materials.data, questions.data]);
  const tab = chosen ?? opening ?? 'hoc-lieu';
  return (
    <Stack gap={0}>
      <PageHeader title={t('reviews.title')} description={t('reviews.intro')} />
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({ search: { tab: next === 'cau-hoi' ? 'cau-hoi' : 'hoc-lieu' }, replace: true })
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="hoc-lieu" rightSection={<CountBadge count={materials.data?.items.length} />}>
            {t('reviews.materialsTab')}
          </Tabs.Tab>
          <Tabs.Tab value="cau-hoi" rightSection={<CountBadge count={questions.data?.items.length} />}>
            {t('reviews.questionsTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="hoc-lieu">
          <QueryView query={materials}>{(data) => <MaterialReviewList items={data.items} />}</QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="cau-hoi">
          <QueryView query={questions}>{(data) => <QuestionReviewList items={data.items} />}</QueryView>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
