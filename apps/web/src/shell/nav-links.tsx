import { Stack } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../components/router-links';
import { useSession } from '../session/session-context';
import { ReviewCountBadge } from './review-count-badge';
import { type Section, sectionsByRole } from './sections';

const paths = {
  home: '/',
  myClasses: '/lop',
  library: '/hoc-lieu',
  myMaterials: '/hoc-lieu/cua-toi',
  questionBank: '/ngan-hang-cau-hoi',
  reviews: '/duyet-hoc-lieu',
  districts: '/phong-gddt',
  schools: '/truong',
  users: '/tai-khoan',
  imports: '/nhap-du-lieu',
  curriculum: '/chuong-trinh',
  kpi: '/chi-tieu',
  schoolYears: '/nam-hoc',
  quiz: '/bai-kiem-tra',
  exams: '/de-kiem-tra',
  reports: '/bao-cao',
  audit: '/nhat-ky',
} as const satisfies Record<Exclude<Section, 'mySchool'>, string>;

const allPaths: string[] = Object.values(paths);

/** A path with another link below it (`/hoc-lieu` above `/hoc-lieu/cua-toi`): the router marks it on itself only. */
const hasLinkBelow = (path: string) => allPaths.some((other) => other.startsWith(`${path}/`));

/** The link of the longest path holding the page is highlighted (a material's page: the library). */
function isActive(pathname: string, path: string): boolean {
  const holds = (candidate: string) =>
    candidate === '/' ? pathname === '/' : pathname === candidate || pathname.startsWith(`${candidate}/`);
  return holds(path) && !allPaths.some((other) => other.length > path.length && holds(other));
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
            activeOptions={{ exact: hasLinkBelow(paths[section]) }}
            onClick={onNavigate}
            rightSection={section === 'reviews' ? <ReviewCountBadge /> : undefined}
          />
        );
      })}
    </Stack>
  );
}
