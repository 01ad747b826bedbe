import { endpoints } from '@hoclieu/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteRecord } from '../../../api/use-api-query';
import { DetailColumns } from '../../../components/detail-columns';
import { PageHeader } from '../../../components/page-header';
import { PageSection } from '../../../components/page-section';
import { QueryView } from '../../../components/query-view';
import { useQuestionSubjectLine } from '../bank/question-card';
import { QuestionForm } from '../editor/question-form';
import { useQuestionChanged } from '../use-question-changed';
import { QuestionView } from '../view/question-view';
import { DeleteQuestionButton } from './delete-question-button';
import { QuestionFacts } from './question-facts';
import { QuestionSharingPanel } from './question-sharing-panel';
import { QuestionVersions } from './question-versions';

const route = getRouteApi('/app/ngan-hang-cau-hoi/$questionId');

/** One question: as students would get it (with its answer), its facts, sharing and versions; edit in place. */
export function QuestionPage() {
  const { t } = useTranslation();
  const question = useRouteRecord(route, endpoints.questions.get);
  const subjectLine = useQuestionSubjectLine();
  const changed = useQuestionChanged();
  const [editing, setEditing] = useState(false);
  return (
    <QueryView query={question}>
      {(data) => (
        <Stack gap={0}>
          <PageHeader
            title={t(`questions.types.${data.type}`)}
            description={subjectLine(data)}
            actions={
              !editing && (
                <Group gap="sm" className="no-print">
                  <Button variant="default" onClick={() => window.print()}>
                    {t('questionDetail.print')}
                  </Button>
                  {data.permissions.edit && data.status === 'draft' && (
                    <DeleteQuestionButton questionId={data.id} />
                  )}
                  {data.permissions.edit && (
                    <Button onClick={() => setEditing(true)}>{t('questionDetail.edit')}</Button>
                  )}
                </Group>
              )
            }
          />
          {editing ? (
            <QuestionForm
              key={data.currentVersion}
              initial={data}
              onCancel={() => setEditing(false)}
              onSaved={(detail) => {
                changed(detail);
                setEditing(false);
                notifications.show({ color: 'teal', message: t('questionEditor.saved') });
              }}
            />
          ) : (
            <DetailColumns
              aside={[
                {
                  title: t('sharing.title'),
                  print: false,
                  content: <QuestionSharingPanel question={data} />,
                },
                { title: t('questionDetail.about'), content: <QuestionFacts question={data} /> },
                {
                  title: t('questionDetail.versions'),
                  print: false,
                  content: <QuestionVersions question={data} />,
                },
              ]}
            >
              <PageSection title={t('questionDetail.question')}>
                <QuestionView content={data.content} />
              </PageSection>
            </DetailColumns>
          )}
        </Stack>
      )}
    </QueryView>
  );
}
