import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';

/** Bài giảng điện tử: a SCORM 1.2 or 2004 package uploaded as a material. */
export const scormVersionSchema = z.enum(['1.2', '2004']);

/** chưa học, đang học, đã hoàn thành, đạt, chưa đạt. */
export const lectureStatusSchema = z.enum(['not_started', 'in_progress', 'completed', 'passed', 'failed']);
export type LectureStatusValue = z.infer<typeof lectureStatusSchema>;

const scoreValue = z.number().min(-1e6).max(1e6).nullable();
const scoreSchema = z.object({
  raw: scoreValue,
  min: scoreValue,
  max: scoreValue,
  scaled: z.number().min(-1).max(1).nullable(),
});

/** The data-model limits of each version (SCORM 1.2 RTE 3.4, SCORM 2004 RTE 4.2). */
export const SCORM_LIMITS = {
  '1.2': { suspendData: 4096, location: 255 },
  '2004': { suspendData: 64000, location: 1000 },
} as const;

/** What the runtime commits (LMSCommit / Commit, LMSFinish / Terminate) for the signed-in student. */
export const lectureCommitSchema = z
  .object({
    /** One play of the lecture, chosen by the player: the total time adds up sessions, not commits. */
    sessionId: uuidSchema,
    version: scormVersionSchema,
    completionStatus: z.enum(['completed', 'incomplete', 'not attempted', 'unknown']),
    successStatus: z.enum(['passed', 'failed', 'unknown']),
    /** SCORM 1.2's cmi.core.lesson_status, kept to give it back as is. */
    lessonStatus: z
      .enum(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'])
      .nullable(),
    score: scoreSchema,
    sessionSeconds: z
      .number()
      .min(0)
      .max(7 * 24 * 3600),
    location: z.string().max(SCORM_LIMITS['2004'].location),
    suspendData: z.string().max(SCORM_LIMITS['2004'].suspendData),
    exit: z.enum(['', 'time-out', 'suspend', 'logout', 'normal']),
    /** LMSFinish / Terminate: the session ends with this commit. */
    finished: z.boolean(),
  })
  .superRefine((commit, context) => {
    const limits = SCORM_LIMITS[commit.version];
    if (commit.suspendData.length > limits.suspendData)
      context.addIssue({ code: 'custom', path: ['suspendData'], message: `≤ ${limits.suspendData}` });
    if (commit.location.length > limits.location)
      context.addIssue({ code: 'custom', path: ['location'], message: `≤ ${limits.location}` });
  });
export type LectureCommit = z.infer<typeof lectureCommitSchema>;

export const lectureStateSchema = z.object({
  status: lectureStatusSchema,
  completionStatus: z.string(),
  successStatus: z.string(),
  lessonStatus: z.string().nullable(),
  score: scoreSchema,
  totalSeconds: z.number(),
  location: z.string(),
  suspendData: z.string(),
  exit: z.string(),
  updatedAt: z.string(),
});
export type LectureState = z.infer<typeof lectureStateSchema>;

export const lecturePlaySchema = z.object({
  /** False for staff previewing: the player runs, nothing is stored. */
  tracking: z.boolean(),
  learner: z.object({ id: uuidSchema, name: z.string() }),
  version: scormVersionSchema,
  masteryScore: z.number().nullable(),
  state: lectureStateSchema.nullable(),
});
export type LecturePlay = z.infer<typeof lecturePlaySchema>;

const studentProgressSchema = z.object({
  studentId: uuidSchema,
  name: z.string(),
  status: lectureStatusSchema,
  scoreRaw: z.number().nullable(),
  scoreScaled: z.number().nullable(),
  totalSeconds: z.number(),
  updatedAt: z.string().nullable(),
});

const materialParams = z.object({ materialId: uuidSchema });

export const lectureEndpoints = {
  play: endpoint({
    method: 'GET',
    path: '/api/materials/:materialId/lecture',
    summary:
      'Bài giảng SCORM: trạng thái đã lưu của người học để tiếp tục (học sinh) hoặc xem thử (giáo viên)',
    tags: ['lectures'],
    auth: 'session',
    params: materialParams,
    response: lecturePlaySchema,
  }),
  commit: endpoint({
    method: 'PUT',
    path: '/api/materials/:materialId/lecture',
    summary: 'Lưu tiến độ bài giảng SCORM của chính học sinh (LMSCommit / Commit, LMSFinish / Terminate)',
    tags: ['lectures'],
    auth: 'session',
    params: materialParams,
    body: lectureCommitSchema,
    response: lectureStateSchema,
  }),
  classProgress: endpoint({
    method: 'GET',
    path: '/api/classes/:classId/lectures',
    summary: 'Bài giảng điện tử đã giao cho lớp: hoàn thành và điểm của từng học sinh',
    tags: ['lectures'],
    auth: 'session',
    params: z.object({ classId: uuidSchema }),
    response: z.object({
      lectures: z.array(
        z.object({
          materialId: uuidSchema,
          title: z.string(),
          version: scormVersionSchema,
          masteryScore: z.number().nullable(),
          students: z.array(studentProgressSchema),
        }),
      ),
    }),
  }),
  mine: endpoint({
    method: 'GET',
    path: '/api/me/lectures',
    summary: 'Bài giảng điện tử được giao cho các lớp của học sinh, với trạng thái học',
    tags: ['lectures'],
    auth: 'session',
    response: z.object({
      lectures: z.array(
        z.object({
          materialId: uuidSchema,
          title: z.string(),
          className: z.string(),
          date: z.string(),
          status: lectureStatusSchema,
          scoreRaw: z.number().nullable(),
          scoreScaled: z.number().nullable(),
        }),
      ),
    }),
  }),
};
