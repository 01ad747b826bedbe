import { reportLevelSchema } from '@hoclieu/contracts';
import { z } from 'zod';
import { reportPeriodSearchSchema } from './report-search';

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);

/** `/bao-cao/hoc-truc-tuyen/$schoolId`: the period (with a month), the level and who to list, the page. */
export const learningStudentsSearchSchema = reportPeriodSearchSchema.extend({
  month: monthSchema,
  level: reportLevelSchema.optional().catch(undefined),
  learning: z.enum(['yes', 'no']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type LearningStudentsSearch = z.infer<typeof learningStudentsSearchSchema>;

/** The months of a school year '2026-2027', September to May (the API cuts them to the year's days). */
export function schoolYearMonths(schoolYear: string): string[] {
  const first = Number(schoolYear.slice(0, 4));
  return [9, 10, 11, 12, 1, 2, 3, 4, 5].map(
    (month) => `${month >= 9 ? first : first + 1}-${String(month).padStart(2, '0')}`,
  );
}
