/**
 * Giving something to a class (an exam, an online lesson): granted outright, granted only to whoever
 * teaches the class that subject (the caller checks the timetable), or refused.
 */
export type ClassGrant = 'granted' | 'if_teaching' | 'refused';

/** Where a class sits: its school. */
export interface ClassPlace {
  schoolId: string;
}
