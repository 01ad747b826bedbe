import { endpoints } from '@hoclieu/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { GoalDialog } from './goal-dialog';
import { MasteryTable } from './mastery-table';
import { PracticeGoals } from './practice-goals';
import { StudentHistory } from './student-history';

const route = getRouteApi('/app/lop/$classId/thanh-thao');

/** Mức thành thạo: the class × topic table (weakest topics first), goals, a student's history. */
export function ClassMasteryPage() {
  const { t } = useTranslation();
  const { classId } = route.useParams();
  const query = useApiQuery(endpoints.mastery.classMastery, { params: { classId } });
  const [historyOf, setHistoryOf] = useState<{ id: string; name: string } | null>(null);
  const [goalOpen, setGoalOpen] = useState(false);
  return (
    <QueryView query={query}>
      {(data) => (
        <Stack gap="lg">
          <PageHeader
            title={t('mastery.title', { className: data.class.name })}
            description={
              <>
                <RouterAnchor to="/lop/$classId" params={{ classId }} inherit>
                  {data.class.name}
                </RouterAnchor>{' '}
                · {t('mastery.description')}
              </>
            }
            actions={
              <Group>
                <Button onClick={() => setGoalOpen(true)} disabled={data.subjects.length === 0}>
                  {t('mastery.newGoal')}
                </Button>
              </Group>
            }
          />
          <MasteryTable data={data} onHistory={setHistoryOf} />
          <PracticeGoals data={data} />
          <GoalDialog data={data} opened={goalOpen} onClose={() => setGoalOpen(false)} />
          <StudentHistory classId={classId} student={historyOf} onClose={() => setHistoryOf(null)} />
        </Stack>
      )}
    </QueryView>
  );
}
