import type { Actor } from '../authz.js';
import type { ClassGrant, ClassPlace } from './class-grant.js';

/** Staff write materials and upload their files; students only read them. */
export function mayCreateMaterial(actor: Actor): boolean {
  return actor.role !== 'student';
}

/** Those who put materials on a class's timetable as online lessons: teachers and school admins. */
export function mayGiveMaterialsToClasses(actor: Actor): boolean {
  return actor.role === 'teacher' || actor.role === 'school_admin';
}

/**
 * Giving a material to a class as an online lesson: a teacher for classes they teach the subject in,
 * a school admin for any class of their school; nobody else.
 */
export function materialClassGrant(actor: Actor, cls: ClassPlace): ClassGrant {
  if (actor.role === 'teacher') return 'if_teaching';
  return actor.role === 'school_admin' && actor.schoolId === cls.schoolId ? 'granted' : 'refused';
}

/** Students and teachers see materials given to their classes (this year or before); others do not. */
export function seesClassMaterials(actor: Actor): boolean {
  return actor.role === 'student' || actor.role === 'teacher';
}
