import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { OwnSchool } from './own-school';
import { SchoolFacts } from './school-facts';

export function SchoolAdminHome() {
  const { t } = useTranslation();
  return (
    <OwnSchool>
      {(school) => (
        <Stack gap="md">
          <SchoolFacts schoolId={school.id} title={t('home.yourSchool')} withCounts />
          <Group gap="sm">
            <RouterButton to="/truong/$schoolId" params={{ schoolId: school.id }}>
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
      )}
    </OwnSchool>
  );
}
