import { reportLevelSchema, shareStatusSchema } from '@hoclieu/contracts';
import { schoolYearOfDay, vietnamDate } from '@hoclieu/domain';
import { z } from 'zod';

/** The report's period, in the address so a report can be shared and printed as seen. */
export const reportPeriodSearchSchema = z.object({
  schoolYear: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .optional()
    .catch(undefined),
  asOf: z.iso.date().optional().catch(undefined),
  /** Học kì 1 or 2; absent: the whole year. */
  semester: z.enum(['1', '2']).optional().catch(undefined),
});
export type ReportPeriodSearch = z.infer<typeof reportPeriodSearchSchema>;

/** `/bao-cao`: the period, a province officer's district, and the table's level and status filters. */
export const onlineShareSearchSchema = reportPeriodSearchSchema.extend({
  districtId: z.uuid().optional().catch(undefined),
  level: reportLevelSchema.optional().catch(undefined),
  status: shareStatusSchema.optional().catch(undefined),
});
export type OnlineShareSearch = z.infer<typeof onlineShareSearchSchema>;

/** Only the period travels on to a drill-down. */
export function periodOf({ schoolYear, asOf, semester }: ReportPeriodSearch): ReportPeriodSearch {
  return { schoolYear, asOf, semester };
}

/** The school year an instant falls in, by Vietnam's calendar: a school year starts in August or September. */
export function schoolYearOf(date: Date): string {
  return schoolYearOfDay(vietnamDate(date));
}

/** This school year and the three before it, plus the one asked for when it is older. */
export function schoolYearChoices(today: Date, chosen?: string): string[] {
  const start = Number(schoolYearOf(today).slice(0, 4));
  const years = [0, 1, 2, 3].map((back) => `${start - back}-${start - back + 1}`);
  return chosen && !years.includes(chosen) ? [...years, chosen] : years;
}
