import type { AssignmentSummary } from '@hoclieu/contracts';

type MyAttempt = AssignmentSummary['myAttempts'][number];

/** Where a student stands with an assignment, by this device's clock (the server checks again on start). */
export type AssignmentState =
  | { kind: 'upcoming' }
  | { kind: 'open'; canStart: true }
  | { kind: 'inProgress'; attempt: MyAttempt }
  | { kind: 'submitted'; attempt: MyAttempt; canRetake: boolean }
  | { kind: 'closed'; attempt: MyAttempt | null };

export function assignmentState(assignment: AssignmentSummary, now: number): AssignmentState {
  const opens = Date.parse(assignment.opensAt);
  const closes = Date.parse(assignment.closesAt);
  const isOpen = now >= opens && now < closes;
  const attempts = assignment.myAttempts;
  const open = attempts.find((attempt) => attempt.status === 'open');
  const submitted = attempts.filter((attempt) => attempt.status === 'submitted');
  // The best submitted attempt stands for the assignment (the server's order is not promised).
  const best = submitted.reduce<MyAttempt | null>(
    (top, attempt) => (!top || (attempt.score ?? -1) > (top.score ?? -1) ? attempt : top),
    null,
  );

  if (open && isOpen) return { kind: 'inProgress', attempt: open };
  if (best)
    return {
      kind: 'submitted',
      attempt: best,
      canRetake: isOpen && attempts.length < assignment.attemptsAllowed,
    };
  if (now >= closes) return { kind: 'closed', attempt: open ?? null };
  if (!isOpen) return { kind: 'upcoming' };
  return { kind: 'open', canStart: true };
}

/** In progress first, then what can be started, then what is coming, then what is done. */
export const stateOrder: Record<AssignmentState['kind'], number> = {
  inProgress: 0,
  open: 1,
  upcoming: 2,
  submitted: 3,
  closed: 4,
};

/** "2 giờ 15 phút" and the like, for how long an assignment stays open. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutesTotal = Math.max(0, Math.ceil(ms / 60_000));
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
