import type { Role } from '@hoclieu/contracts';

/** The parts of the app a user can navigate to; each is backed by API endpoints. */
export type Section =
  | 'home'
  | 'myClasses'
  | 'mySchool'
  | 'library'
  | 'myMaterials'
  | 'questionBank'
  | 'reviews'
  | 'districts'
  | 'schools'
  | 'users'
  | 'imports'
  | 'curriculum'
  | 'kpi'
  | 'schoolYears'
  | 'quiz'
  | 'exams'
  | 'reports'
  | 'audit';

/** Materials, questions and tests, their reviews, accounts, imports and the curriculum: staff's work. */
const STAFF_SECTIONS: Section[] = [
  'library',
  'myMaterials',
  'questionBank',
  'exams',
  'reviews',
  'users',
  'imports',
  'curriculum',
];

const OFFICER_SECTIONS: Section[] = [
  'home',
  'reports',
  'schools',
  ...STAFF_SECTIONS,
  'kpi',
  'schoolYears',
  'audit',
];

/** What each role sees in the navigation, in display order. */
export const sectionsByRole: Record<Role, Section[]> = {
  // Students never see the question bank: it holds the answers.
  student: ['home', 'quiz', 'library'],
  teacher: ['home', 'myClasses', 'library', 'myMaterials', 'questionBank', 'exams', 'curriculum'],
  school_admin: ['home', 'mySchool', 'reports', 'myClasses', ...STAFF_SECTIONS, 'schoolYears', 'audit'],
  district_officer: OFFICER_SECTIONS,
  province_officer: ['home', 'districts', ...OFFICER_SECTIONS.slice(1)],
  // The system admin reviews anything but authors nothing of their own.
  system_admin: ['home', 'districts', ...OFFICER_SECTIONS.slice(1).filter((s) => s !== 'myMaterials')],
};

export function hasSection(role: Role, ...sections: Section[]): boolean {
  return sections.some((section) => sectionsByRole[role].includes(section));
}
