import type { SchoolLevel } from '@hoclieu/contracts';
import { foldDiacritics } from './text.js';

/** The school types of the sector, with the levels each teaches. */
export const schoolKinds: Record<string, SchoolLevel[]> = {
  'Tiểu học': ['primary'],
  THCS: ['lower_secondary'],
  THPT: ['upper_secondary'],
  'TH&THCS': ['primary', 'lower_secondary'],
  'THCS&THPT': ['lower_secondary', 'upper_secondary'],
  'TH,THCS&THPT': ['primary', 'lower_secondary', 'upper_secondary'],
  GDTX: ['continuing'],
};

const byFoldedName = new Map(
  Object.entries(schoolKinds).map(([kind, levels]) => [
    foldDiacritics(kind).replace(/\s+/g, ''),
    { kind, levels },
  ]),
);
// "TH" is the usual abbreviation of Tiểu học.
byFoldedName.set('th', { kind: 'Tiểu học', levels: ['primary'] });

/** Parses a school type as written in a spreadsheet ("TH & THCS", "tiểu học", "THCS&THPT"). */
export function parseSchoolKind(text: string): { kind: string; levels: SchoolLevel[] } | null {
  return byFoldedName.get(foldDiacritics(text).replace(/\s+/g, '')) ?? null;
}

/** The level a grade belongs to. */
export function levelOfGrade(grade: number): SchoolLevel {
  if (grade <= 5) return 'primary';
  if (grade <= 9) return 'lower_secondary';
  return 'upper_secondary';
}
