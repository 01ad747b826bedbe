import { schoolYearOfDay, vietnamDate } from '@hoclieu/domain';

/**
 * Calendar facts of the day the journey runs, in Vietnam: today, its school year and the next, and
 * the year's dates.
 */
export function journeyCalendar(now: Date) {
  const today = vietnamDate(now);
  const year = schoolYearOfDay(today);
  const startYear = Number(year.slice(0, 4));
  const nextYear = `${startYear + 1}-${startYear + 2}`;
  // The usual 5 September to 31 May, stretched to hold today when the journey runs in the summer.
  const yearStart = [`${startYear}-09-05`, today].sort()[0] as string;
  const yearEnd = [`${startYear + 1}-05-31`, today].sort()[1] as string;
  return { today, year, startYear, nextYear, yearStart, yearEnd };
}
export type JourneyCalendar = ReturnType<typeof journeyCalendar>;
