/**
 * When a screen reader hears the time left: as the countdown passes 10, 5 and 1 minutes, never at
 * each second (a live region that changes every second would talk over every question).
 */
const TIME_NOTICE_MINUTES = [10, 5, 1] as const;

/** The mark (minutes left) the countdown passed between two readings, or null; the smallest if several. */
export function passedTimeMark(before: number, now: number): number | null {
  const passed = TIME_NOTICE_MINUTES.filter(
    (minutes) => before > minutes * 60_000 && now <= minutes * 60_000,
  );
  return passed.length > 0 ? Math.min(...passed) : null;
}
