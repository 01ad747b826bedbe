import type { JobQueue } from '../../jobs/queue.js';

/** The job that submits an assignment's attempts left open past their deadline and grace. */
const ATTEMPT_DEADLINE = 'attempt-deadline';

/**
 * The job's data: always the assignment. Jobs of the format before deadlines were batched (one per
 * attempt, `{ attemptId }`) cannot still be queued: each was due at its attempt's deadline plus
 * grace, at most 600 + 240 minutes after the start (contract bounds of the time limit and extra
 * time), then pg-boss retries for minutes and expires it; the batching (2026-11-23) is far older.
 */
interface DeadlineJob {
  assignmentId: string;
}

/**
 * One deadline job per assignment and minute, however many students start: the job submits every
 * attempt of the assignment left open past its deadline and grace. Queued once per process (a
 * second process queuing the same minute only repeats a harmless pass).
 */
export function deadlineScheduler(jobs: JobQueue) {
  const queued = new Set<string>();
  return async (assignmentId: string, at: Date) => {
    const minute = Math.ceil(at.getTime() / 60_000) * 60_000;
    const key = `${assignmentId}:${minute}`;
    if (queued.has(key)) return;
    if (queued.size > 10_000) queued.clear();
    queued.add(key);
    try {
      await jobs.send(ATTEMPT_DEADLINE, { assignmentId } satisfies DeadlineJob, {
        startAfter: new Date(minute),
      });
    } catch (error) {
      queued.delete(key);
      throw error;
    }
  };
}

/** Jobs are rows in PostgreSQL: a deadline set before a crash still fires after the restart. */
export function workDeadlines(
  jobs: JobQueue,
  attempts: { closeOverdue(assignmentId: string): Promise<void> },
): Promise<void> {
  return jobs.work<DeadlineJob>(ATTEMPT_DEADLINE, (job) => attempts.closeOverdue(job.assignmentId));
}
