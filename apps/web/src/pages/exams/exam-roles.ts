import type { Role } from '@hoclieu/contracts';

/** Who builds and assigns exams: teachers and school admins (officers may only look). The API checks again. */
export const canAuthorExams = (role: Role) => role === 'teacher' || role === 'school_admin';
