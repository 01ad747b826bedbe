import { z } from 'zod';

export const roles = [
  'student',
  'teacher',
  'school_admin',
  'district_officer',
  'province_officer',
  'system_admin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** A multi-level school (TH&THCS, THCS&THPT) lists each level it teaches. */
export const schoolLevels = ['primary', 'lower_secondary', 'upper_secondary', 'continuing'] as const;
export const schoolLevelSchema = z.enum(schoolLevels);
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;

export const subjectKindSchema = z.enum(['compulsory', 'elective', 'optional']);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

export const topicKindSchema = z.enum(['chapter', 'lesson']);
export type TopicKind = z.infer<typeof topicKindSchema>;

export const uuidSchema = z.uuid();
export const gradeSchema = z.coerce.number().int().min(1).max(12);
