import type { LectureCommit, LecturePlay, LectureState } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, lectureStatus, tracksLecture } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { MaterialService } from '../materials/service.js';
import { lectureOf } from './lecture-file.js';

type ProgressRow = NonNullable<Awaited<ReturnType<Db['lectureProgress']['findUnique']>>>;

function stateOf(row: ProgressRow): LectureState {
  return {
    status: lectureStatus(row),
    completionStatus: row.completionStatus,
    successStatus: row.successStatus,
    lessonStatus: row.lessonStatus,
    score: { raw: row.scoreRaw, min: row.scoreMin, max: row.scoreMax, scaled: row.scoreScaled },
    totalSeconds: row.totalSeconds,
    location: row.location,
    suspendData: row.suspendData,
    exit: row.exit,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A student's plays of an e-learning lecture: what the SCORM runtime commits is stored per student
 * and material, and given back on the next visit so the lecture resumes. Staff who may see the
 * material play it as a preview: nothing of theirs is stored.
 */
export function createLectureProgressService(db: Db, materials: MaterialService) {
  async function lecture(actor: Actor, materialId: string) {
    const { material, pending } = await materials.viewMaterial(actor, materialId);
    const found = lectureOf(material, pending);
    if (!found) throw new AppError('LECTURE_NOT_SCORM');
    return found;
  }

  return {
    async play(actor: Actor, materialId: string): Promise<LecturePlay> {
      const { scorm } = await lecture(actor, materialId);
      const user = await db.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { fullName: true },
      });
      const tracking = tracksLecture(actor);
      const row = tracking
        ? await db.lectureProgress.findUnique({
            where: { materialId_userId: { materialId, userId: actor.userId } },
          })
        : null;
      return {
        tracking,
        learner: { id: actor.userId, name: user.fullName },
        version: scorm.version,
        masteryScore: scorm.masteryScore,
        state: row ? stateOf(row) : null,
      };
    },

    async commit(actor: Actor, materialId: string, commit: LectureCommit): Promise<LectureState> {
      if (!tracksLecture(actor)) throw forbidden();
      const { scorm } = await lecture(actor, materialId);
      if (commit.version !== scorm.version) throw new AppError('VALIDATION_FAILED');
      return db.$transaction(async (tx) => {
        const key = { materialId_userId: { materialId, userId: actor.userId } };
        const before = await tx.lectureProgress.findUnique({ where: key });
        // A new session starts from the total the previous ones left; commits within it repeat its time.
        const sameSession = before?.sessionId === commit.sessionId;
        const base = sameSession ? before.sessionBaseSeconds : (before?.totalSeconds ?? 0);
        const data = {
          version: commit.version,
          completionStatus: commit.completionStatus,
          successStatus: commit.successStatus,
          lessonStatus: commit.lessonStatus,
          scoreRaw: commit.score.raw,
          scoreMin: commit.score.min,
          scoreMax: commit.score.max,
          scoreScaled: commit.score.scaled,
          location: commit.location,
          suspendData: commit.suspendData,
          exit: commit.exit,
          sessionId: commit.sessionId,
          sessionBaseSeconds: base,
          sessionSeconds: commit.sessionSeconds,
          totalSeconds: base + commit.sessionSeconds,
          ...(commit.finished ? { finishedAt: new Date() } : {}),
        };
        const row = await tx.lectureProgress.upsert({
          where: key,
          create: { materialId, userId: actor.userId, ...data },
          update: data,
        });
        const status = lectureStatus(row);
        // The trail keeps what the teacher sees change (the status), not every commit of a session.
        if (!before || lectureStatus(before) !== status) {
          await recordAudit(tx, {
            actor,
            action: 'lecture.progress',
            resourceType: 'material',
            resourceId: materialId,
            scope: actor,
            details: { status, from: before ? lectureStatus(before) : null, scoreRaw: row.scoreRaw },
          });
        }
        return stateOf(row);
      });
    },
  };
}
