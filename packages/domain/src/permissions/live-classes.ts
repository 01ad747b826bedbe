import type { Actor } from '../authz.js';
import type { ClassPlace } from './class-grant.js';

/** A live online class is declared by whoever teaches it: a teacher, or a school admin who teaches. */
export function mayDeclareLiveClass(actor: Actor): boolean {
  return actor.role === 'teacher' || actor.role === 'school_admin';
}

/** The school admin confirms the live classes declared in their school. */
export function mayConfirmLiveClasses(actor: Actor): boolean {
  return actor.role === 'school_admin';
}

/** Confirming or refusing one declared live class: the school admin of the class's school. */
export function mayConfirmLiveClass(actor: Actor, cls: ClassPlace): boolean {
  return mayConfirmLiveClasses(actor) && cls.schoolId === actor.schoolId;
}
