import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { SchoolFacts } from './school-facts';

export function SchoolAdminHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return (
    <Stack gap="md">
      <SchoolFacts schoolId={user.school.id} title={t('home.yourSchool')} withCounts />
      <Group gap="sm">
        <RouterButton to="/truong/$schoolId" params={{ schoolId: user.school.id }}>
          {t('home.viewSchool')}
        </RouterButton>
        <RouterButton to="/tai-khoan" variant="light">
          {t('nav.users')}
        </RouterButton>
        <RouterButton to="/nhap-du-lieu" variant="light">
          {t('nav.imports')}
        </RouterButton>
      </Group>
    </Stack>
  );
}
