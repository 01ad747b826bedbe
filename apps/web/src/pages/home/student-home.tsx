import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { MyLectures } from '../lectures/my-lectures';
import { MyClassesList } from '../schools/my-classes-list';
import { SchoolFacts } from './school-facts';

export function StudentHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.school) return <Alert color="gray">{t('common.noData')}</Alert>;
  return (
    <Stack gap="md">
      <Title order={2} fz="h4">
        {t('home.yourClass')}
      </Title>
      <MyClassesList linkToClass={false} empty={t('home.classUnknown')} />
      <MyLectures />
      <SchoolFacts schoolId={user.school.id} title={t('home.yourSchool')} />
    </Stack>
  );
}
