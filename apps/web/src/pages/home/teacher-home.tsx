import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/router-links';
import { MyClassesList } from '../schools/my-classes-list';
import { RecentDecisions } from './recent-decisions';
import { SchoolMemberHome } from './school-member-home';

export function TeacherHome() {
  const { t } = useTranslation();
  return (
    <SchoolMemberHome
      classesTitle={t('classes.teaching')}
      footer={
        <Group gap="sm">
          <RouterButton to="/lop">{t('home.viewClasses')}</RouterButton>
          <RouterButton to="/chuong-trinh" variant="light">
            {t('home.viewCurriculum')}
          </RouterButton>
        </Group>
      }
    >
      <MyClassesList linkToClass empty={t('common.noData')} />
      <RecentDecisions />
    </SchoolMemberHome>
  );
}
