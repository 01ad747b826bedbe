import { createHash } from 'node:crypto';
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

/** The job's id, the same in every process: pg-boss keeps the first and ignores the others. */
function deadlineJobId(key: string): string {
  const hex = createHash('sha256').update(`${ATTEMPT_DEADLINE}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * One deadline job per assignment and minute, however many students start and however many API
 * processes serve them: the job submits every attempt of the assignment left open past its
 * deadline and grace. Each process remembers what it queued; across processes the job's id (made
 * from the assignment and the minute) lets only the first one in.
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
        id: deadlineJobId(key),
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
