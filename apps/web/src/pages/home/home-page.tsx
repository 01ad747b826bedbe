import type { Role } from '@hoclieu/contracts';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../../session/session-context';
import { DistrictHome } from './district-home';
import { ProvinceHome } from './province-home';
import { SchoolAdminHome } from './school-admin-home';
import { StudentHome } from './student-home';
import { SystemAdminHome } from './system-admin-home';
import { TeacherHome } from './teacher-home';

const homeByRole: Record<Role, ComponentType> = {
  student: StudentHome,
  teacher: TeacherHome,
  school_admin: SchoolAdminHome,
  district_officer: DistrictHome,
  province_officer: ProvinceHome,
  system_admin: SystemAdminHome,
};

/** Each role lands on its own overview, built from the data it may see. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const RoleHome = homeByRole[user.role];
  return (
    <>
      <PageHeader title={t('home.greeting', { name: user.fullName })} description={t(`roles.${user.role}`)} />
      <RoleHome />
    </>
  );
}
