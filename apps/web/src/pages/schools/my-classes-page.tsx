import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { ClassesByGrade } from './classes-by-grade';

export function MyClassesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageHeader
        title={t('classes.title')}
        description={user.school ? t('classes.subtitle', { school: user.school.name }) : undefined}
      />
      {user.school ? (
        <ClassesByGrade schoolId={user.school.id} />
      ) : (
        <Alert color="gray">{t('common.noData')}</Alert>
      )}
    </>
  );
}
