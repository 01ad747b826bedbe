import { type Release, type ReleasePolicy, releaseOf } from '@hoclieu/domain';
import { extraTimeOf } from '../../db-json.js';

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
  return releaseOf({ ...a, extraTime: extraTimeOf(a) }, now);
}

/** Whether students see their scores now (the assignment summary's `released`). */
export function isReleased(a: Releasable, now: Date): boolean {
  return releaseNow(a, now).scores;
}
