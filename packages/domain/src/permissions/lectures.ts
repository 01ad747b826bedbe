import type { Actor } from '../authz.js';
import type { ClassPlace } from './class-grant.js';

/** Only a student's own plays of an e-learning lecture are tracked; staff who open it preview it. */
export function tracksLecture(actor: Actor): boolean {
  return actor.role === 'student';
}

/**
 * Who follows a class's lecture progress: a teacher who teaches the class (`teachesClass`, any
 * subject), a school admin of its school.
 */
export function mayFollowClassLectures(actor: Actor, cls: ClassPlace, teachesClass: boolean): boolean {
  if (actor.role === 'teacher') return teachesClass;
  return actor.role === 'school_admin' && actor.schoolId === cls.schoolId;
}
