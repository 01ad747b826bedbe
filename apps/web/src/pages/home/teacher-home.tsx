import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { SchoolFacts } from './school-facts';

export function TeacherHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return (
    <Stack gap="md">
      <SchoolFacts schoolId={user.school.id} title={t('home.yourSchool')} />
      <Group gap="sm">
        <RouterButton to="/lop">{t('home.viewClasses')}</RouterButton>
        <RouterButton to="/chuong-trinh" variant="light">
          {t('home.viewCurriculum')}
        </RouterButton>
      </Group>
    </Stack>
  );
}
