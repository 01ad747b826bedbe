import { useTranslation } from 'react-i18next';
import { MyLectures } from '../lectures/my-lectures';
import { PracticeEntry } from '../practice/practice-entry';
import { MyClassesList } from '../schools/my-classes-list';
import { SchoolMemberHome } from './school-member-home';

export function StudentHome() {
  const { t } = useTranslation();
  return (
    <SchoolMemberHome classesTitle={t('home.yourClass')}>
      <MyClassesList linkToClass={false} empty={t('home.classUnknown')} />
      <PracticeEntry />
      <MyLectures />
    </SchoolMemberHome>
  );
}
