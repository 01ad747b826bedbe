import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { SchoolFacts } from './school-facts';

export function StudentHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return <SchoolFacts schoolId={user.school.id} title={t('home.yourSchool')} />;
}
