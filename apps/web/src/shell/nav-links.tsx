import { Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../components/router-links';
import { useSession } from '../session/session-context';
import { type Section, sectionsByRole } from './sections';

const paths = {
  home: '/',
  myClasses: '/lop',
  districts: '/phong-gddt',
  schools: '/truong',
  users: '/tai-khoan',
  imports: '/nhap-du-lieu',
  curriculum: '/chuong-trinh',
  kpi: '/chi-tieu',
} as const satisfies Record<Exclude<Section, 'mySchool'>, string>;

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The navigation of the user's role (see `sectionsByRole`). */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <Stack gap={2}>
      {sectionsByRole[user.role].map((section) => {
        if (section === 'mySchool') {
          if (!user.school) return null;
          const path = `/truong/${user.school.id}`;
          return (
            <RouterNavLink
              key={section}
              to="/truong/$schoolId"
              params={{ schoolId: user.school.id }}
              label={t('nav.mySchool')}
              active={pathname === path}
              onClick={onNavigate}
            />
          );
        }
        return (
          <RouterNavLink
            key={section}
            to={paths[section]}
            label={t(`nav.${section}`)}
            active={isActive(pathname, paths[section])}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
