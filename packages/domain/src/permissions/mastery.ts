import type { Actor } from '../authz.js';
import type { ClassPlace } from './class-grant.js';

/**
 * Who sees a class's practice (mastery table, a student's history) and sets its practice goals: a
 * teacher who teaches the class (`teachesClass`, any subject), a school admin of its school.
 */
export function mayFollowClassPractice(actor: Actor, cls: ClassPlace, teachesClass: boolean): boolean {
  if (actor.role === 'teacher') return teachesClass;
  return actor.role === 'school_admin' && actor.schoolId === cls.schoolId;
}

/** Only students have practice goals of their own (those of their classes). */
export function hasPracticeGoals(actor: Actor): boolean {
  return actor.role === 'student';
}
