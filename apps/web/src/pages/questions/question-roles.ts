import type { Role } from '@hoclieu/contracts';
import { hasSection } from '../../shell/sections';

/**
 * Who writes and imports questions: everyone with the bank but the system admin, who reviews
 * anything and authors nothing (as with materials). The API checks again.
 */
export const canAuthorQuestions = (role: Role) => hasSection(role, 'questionBank') && role !== 'system_admin';
