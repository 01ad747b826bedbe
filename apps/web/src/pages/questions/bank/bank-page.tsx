import { endpoints } from '@hoclieu/contracts';
import { Button, Group } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { PageHeader } from '../../../components/page-header';
import { RouterButton } from '../../../components/router-links';
import { useSession } from '../../../session/session-context';
import { canAuthorQuestions } from '../question-roles';
import { QuestionBrowser } from './question-browser';

const route = getRouteApi('/app/ngan-hang-cau-hoi');

/** Ngân hàng câu hỏi: every question the viewer may see, searchable, filtered, tagged and exported. */
export function BankPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title={t('questions.bankTitle')}
        description={t('questions.bankIntro')}
        actions={
          <Group gap="xs">
            {canAuthorQuestions(user.role) && (
              <>
                <RouterButton to="/ngan-hang-cau-hoi/moi">{t('questions.compose')}</RouterButton>
                <RouterButton to="/ngan-hang-cau-hoi/nhap" variant="light">
                  {t('questions.importFile')}
                </RouterButton>
              </>
            )}
            <Button component="a" href={api.url(endpoints.questions.wordTemplate)} download variant="default">
              {t('questions.wordTemplate')}
            </Button>
          </Group>
        }
      />
      <QuestionBrowser route={route} />
    </>
  );
}
