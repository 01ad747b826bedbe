/**
 * When students of an assignment see their score and when they see the keys (correct options,
 * accepted answers, solutions). Keys never reach a student while anyone in the assignment can still
 * save an answer: a classmate with extra time, or anyone inside the save grace after a deadline,
 * could otherwise copy them.
 */

/** Saves arriving this long after a deadline (a slow network) are still taken. */
export const SAVE_GRACE_MS = 60_000;

/**
 * - `practice`: score and keys right after each submission (a practice set, not an exam).
 * - `immediately`: score and own answers right after submitting; keys once nobody can still answer.
 * - `after_close`: score and keys once nobody can still answer (the teacher may release scores earlier).
 * - `manual`: score when the teacher releases; keys then too, but never while anyone can still answer.
 */
export type ReleasePolicy = 'practice' | 'immediately' | 'after_close' | 'manual';

export interface ExtraTime {
  studentId: string;
  minutes: number;
}

export interface AnswerWindow {
  closesAt: Date;
  extraTime: readonly ExtraTime[];
  /**
   * Deadlines of attempts still open. They lie within closesAt plus the student's extra time when
   * they start; listing them keeps the rule right should an attempt ever outlive that bound.
   */
  openDeadlines?: readonly Date[];
}

/**
 * The last instant at which anyone in the assignment can still save an answer: the close plus the
 * largest extra time (an attempt's deadline is never later, see the start of an attempt), or a later
 * open attempt's deadline, plus the save grace. A save at exactly this instant is still taken.
 */
export function lastSaveAt(window: AnswerWindow): Date {
  const extraMinutes = Math.max(0, ...window.extraTime.map((e) => e.minutes));
  const bound = window.closesAt.getTime() + extraMinutes * 60_000;
  const latest = Math.max(bound, ...(window.openDeadlines ?? []).map((d) => d.getTime()));
  return new Date(latest + SAVE_GRACE_MS);
}

export interface ReleaseFacts extends AnswerWindow {
  releasePolicy: ReleasePolicy;
  /** The teacher pressed "release results". */
  released: boolean;
}

export interface Release {
  /** Students see their score (and their own answers). */
  scores: boolean;
  /**
   * Students see keys, accepted answers and solutions, and with them what names the key: option
   * credits, credited answers, option and outcome feedback, hints.
   */
  keys: boolean;
  /** While keys are held by the answer window: when they come (null: the teacher decides, or shown). */
  keysAt: Date | null;
}

/** What an assignment's students may see at `now`. */
export function releaseOf(facts: ReleaseFacts, now: Date): Release {
  if (facts.releasePolicy === 'practice') return { scores: true, keys: true, keysAt: null };
  const until = lastSaveAt(facts);
  // Not earlier when every student seems done: a student enrolled later could still start.
  const nobodyAnswering = now.getTime() > until.getTime();
  const held = (scores: boolean): Release => ({
    scores,
    keys: scores && nobodyAnswering,
    keysAt: scores && !nobodyAnswering ? until : null,
  });
  if (facts.releasePolicy === 'immediately') return held(true);
  if (facts.releasePolicy === 'after_close') {
    if (nobodyAnswering) return { scores: true, keys: true, keysAt: null };
    return facts.released ? held(true) : { scores: false, keys: false, keysAt: until };
  }
  return held(facts.released);
}

export type ReviewHoldReason = 'not_released' | 'retake_left' | 'classmates_answering';

/** What one student sees of their submitted attempt. */
export interface StudentSees {
  score: boolean;
  /** The corrected paper: keys, accepted answers, solutions, per-question marks. */
  keys: boolean;
  /** Their own answers with nothing of the key. */
  ownAnswers: boolean;
  /** Why the keys are held, and until when if known. */
  hold: { reason: ReviewHoldReason; until: Date | null } | null;
}

/**
 * A student's view of their own attempt: nothing before submitting; then the score as released, and
 * the keys only as released and once they can start no further attempt (with a retake left, keys would
 * make the retake a copy, whatever the policy).
 */
export function studentSees(
  release: Release,
  attempt: { submitted: boolean; retakeLeft: boolean },
): StudentSees {
  if (!attempt.submitted) return { score: false, keys: false, ownAnswers: false, hold: null };
  const hold = (reason: ReviewHoldReason, until: Date | null): StudentSees => ({
    score: release.scores,
    keys: false,
    ownAnswers: true,
    hold: { reason, until },
  });
  if (!release.scores) return hold('not_released', release.keysAt);
  if (attempt.retakeLeft) return hold('retake_left', release.keysAt);
  if (!release.keys) return hold('classmates_answering', release.keysAt);
  return { score: true, keys: true, ownAnswers: false, hold: null };
}
