import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { uuidSchema } from './enums.js';
import { calendarDate } from './numbers.js';
import { schoolYearSchema } from './org.js';
import { deliveryRecordSchema } from './reports.js';

const yearParams = z.object({ yearId: uuidSchema });

export const schoolYearInputSchema = z.object({
  /** "2026-2027" */
  code: z.string().trim().max(9),
  startDate: calendarDate(),
  endDate: calendarDate(),
  semester1End: calendarDate(),
  semester2Start: calendarDate(),
});
export type SchoolYearInput = z.infer<typeof schoolYearInputSchema>;

/** Which schools move up: one school, a district, or (no filter) every school the actor manages. */
export const rolloverInputSchema = z.object({
  /** The year the classes come from; by default the latest year before this one. */
  fromYearId: uuidSchema.optional(),
  schoolId: uuidSchema.optional(),
  districtId: uuidSchema.optional(),
  /** Teachers keep teaching the class in the new year; otherwise assignments are re-imported. */
  carryTeaching: z.boolean().default(true),
  /** Count only: nothing is written. */
  preview: z.boolean().default(false),
});
export type RolloverInput = z.input<typeof rolloverInputSchema>;

export const rolloverResultSchema = z.object({
  fromYear: z.string(),
  toYear: z.string(),
  preview: z.boolean(),
  /** Schools rolled over now (or that would be, in a preview). */
  schools: z.number().int(),
  /** Schools left out because their classes are in the new year already. */
  schoolsAlreadyRolled: z.number().int(),
  classesMoved: z.number().int(),
  /** Classes of the school's last grade: their students leave the school (accounts kept). */
  classesLeaving: z.number().int(),
  studentsMoved: z.number().int(),
  studentsLeaving: z.number().int(),
  teachingCarried: z.number().int(),
  durationMs: z.number(),
});
export type RolloverResult = z.infer<typeof rolloverResultSchema>;

/** A school admin records an online lesson afterwards, for a class of any year not closed. */
export const lessonRecordInputSchema = z.object({
  subjectCode: z.string().min(1).max(60),
  date: calendarDate(),
  periods: z.number().int().min(1).max(10),
  note: z.string().trim().max(500).default(''),
});

/** A correction of a recorded online lesson: any of its day, periods, status and note. */
export const lessonCorrectionSchema = z.object({
  date: calendarDate().optional(),
  periods: z.number().int().min(1).max(10).optional(),
  status: z.enum(['confirmed', 'rejected']).optional(),
  note: z.string().trim().max(500).optional(),
});

export const schoolYearEndpoints = {
  createSchoolYear: endpoint({
    method: 'POST',
    path: '/api/school-years',
    summary: 'Tạo năm học mới với ngày của hai học kì (Sở GDĐT)',
    tags: ['school-years'],
    auth: 'session',
    body: schoolYearInputSchema,
    response: schoolYearSchema,
  }),
  setCurrentSchoolYear: endpoint({
    method: 'POST',
    path: '/api/school-years/:yearId/current',
    summary: 'Đặt làm năm học hiện tại',
    tags: ['school-years'],
    auth: 'session',
    params: yearParams,
    response: schoolYearSchema,
  }),
  closeSchoolYear: endpoint({
    method: 'POST',
    path: '/api/school-years/:yearId/close',
    summary: 'Khoá sổ năm học: lớp, học sinh và bài học trực tuyến của năm chỉ còn xem',
    tags: ['school-years'],
    auth: 'session',
    params: yearParams,
    response: schoolYearSchema,
  }),
  rollover: endpoint({
    method: 'POST',
    path: '/api/school-years/:yearId/rollover',
    summary: 'Chuyển lớp lên năm học này (6A thành 7A; khối cuối cấp ra trường)',
    tags: ['school-years'],
    auth: 'session',
    params: yearParams,
    body: rolloverInputSchema,
    response: rolloverResultSchema,
  }),
  recordLesson: endpoint({
    method: 'POST',
    path: '/api/classes/:classId/online-lessons',
    summary: 'Ghi bổ sung bài học trực tuyến của một lớp (cán bộ quản lý trường, kể cả năm học trước)',
    tags: ['school-years'],
    auth: 'session',
    params: z.object({ classId: uuidSchema }),
    body: lessonRecordInputSchema,
    response: deliveryRecordSchema,
  }),
  correctLesson: endpoint({
    method: 'PATCH',
    path: '/api/online-lessons/:lessonId',
    summary: 'Sửa bài học trực tuyến đã ghi (cán bộ quản lý trường), có ghi nhật ký',
    tags: ['school-years'],
    auth: 'session',
    params: z.object({ lessonId: uuidSchema }),
    body: lessonCorrectionSchema,
    response: deliveryRecordSchema,
  }),
};
