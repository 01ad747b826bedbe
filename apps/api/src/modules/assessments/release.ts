import { type ExtraTime, type Release, type ReleasePolicy, releaseOf } from '@hoclieu/domain';

/** The extra time stored on an assignment: JSON written through the contract's schema. */
export function extraTimeOf(json: unknown): ExtraTime[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: { studentId?: unknown; minutes?: unknown } | null) =>
    typeof entry?.studentId === 'string' && typeof entry.minutes === 'number'
      ? [{ studentId: entry.studentId, minutes: entry.minutes }]
      : [],
  );
}

export interface Releasable {
  releasePolicy: ReleasePolicy;
  released: boolean;
  closesAt: Date;
  extraTime: unknown;
}

/**
 * What the assignment's students may see now (the rule is @hoclieu/domain `releaseOf`). Open
 * attempts need not be read: an attempt's deadline never passes closesAt plus its extra time, and
 * an assignment's window and extra time cannot be edited once given.
 */
export function releaseNow(a: Releasable, now: Date): Release {
  return releaseOf({ ...a, extraTime: extraTimeOf(a.extraTime) }, now);
}

/** Whether students see their scores now (the assignment summary's `released`). */
export function isReleased(a: Releasable, now: Date): boolean {
  return releaseNow(a, now).scores;
}
