import type { Role } from '@hoclieu/contracts';

/** The parts of the app a user can navigate to; each is backed by API endpoints. */
export type Section =
  | 'home'
  | 'myClasses'
  | 'mySchool'
  | 'districts'
  | 'schools'
  | 'users'
  | 'imports'
  | 'curriculum'
  | 'kpi';

const OFFICER_SECTIONS: Section[] = ['home', 'schools', 'users', 'imports', 'curriculum', 'kpi'];

/** What each role sees in the navigation, in display order. */
export const sectionsByRole: Record<Role, Section[]> = {
  student: ['home'],
  teacher: ['home', 'myClasses', 'curriculum'],
  school_admin: ['home', 'mySchool', 'myClasses', 'users', 'imports', 'curriculum'],
  district_officer: OFFICER_SECTIONS,
  province_officer: ['home', 'districts', ...OFFICER_SECTIONS.slice(1)],
  system_admin: ['home', 'districts', ...OFFICER_SECTIONS.slice(1)],
};

export function hasSection(role: Role, ...sections: Section[]): boolean {
  return sections.some((section) => sectionsByRole[role].includes(section));
}
