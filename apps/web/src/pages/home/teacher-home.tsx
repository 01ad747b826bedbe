import { Alert, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { useSession } from '../../session/session-context';
import { MyClassesList } from '../schools/my-classes-list';
import { RecentDecisions } from './recent-decisions';
import { SchoolFacts } from './school-facts';

export function TeacherHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return (
    <Stack gap="md">
      <Title order={2} fz="h4">
        {t('classes.teaching')}
      </Title>
      <MyClassesList linkToClass empty={t('common.noData')} />
      <RecentDecisions />
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
