import type { Actor } from '../authz.js';
import type { ClassGrant, ClassPlace } from './class-grant.js';

/** An assignment (an exam given to classes) as permissions see it. */
export interface AssignmentPlace {
  teacherId: string;
  /** The schools of the classes it was given to. */
  classSchoolIds: readonly string[];
}

/** Students sit exams: they start attempts and own them; staff set and follow assignments. */
export function sitsExams(actor: Actor): boolean {
  return actor.role === 'student';
}

/** Staff may manage assignments at all; which ones is `mayManageAssignment`. */
export function mayAssignExams(actor: Actor): boolean {
  return !sitsExams(actor);
}

/** The teacher who assigned it, the school admin of one of its classes, the system admin. */
export function mayManageAssignment(actor: Actor, assignment: AssignmentPlace): boolean {
  return (
    assignment.teacherId === actor.userId ||
    actor.role === 'system_admin' ||
    (actor.role === 'school_admin' && assignment.classSchoolIds.some((id) => id === actor.schoolId))
  );
}

/**
 * Giving an exam (already managed by the actor) to a class: a school admin may give it to any class of
 * their school; anyone else only to classes they teach the test's subject in.
 */
export function examClassGrant(actor: Actor, cls: ClassPlace): ClassGrant {
  return actor.role === 'school_admin' && cls.schoolId === actor.schoolId ? 'granted' : 'if_teaching';
}
