import type { Role } from '@hoclieu/contracts';

/** Who builds and assigns tests: teachers and school admins (officers may only look). The API checks again. */
export const canAuthorTests = (role: Role) => role === 'teacher' || role === 'school_admin';
