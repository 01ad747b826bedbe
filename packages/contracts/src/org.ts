import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { gradeSchema, roleSchema, schoolLevelSchema, uuidSchema } from './enums.js';
import { pageSchema } from './numbers.js';

export const districtSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  province: z.object({ id: uuidSchema, name: z.string() }),
  schoolCount: z.number().int(),
  /** False once deactivated: kept, greyed, with its history. */
  active: z.boolean(),
});

export const schoolSummarySchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  /** As written on the seal: "Tiểu học", "THCS", "TH&THCS", ... */
  kind: z.string(),
  levels: z.array(schoolLevelSchema),
  district: z.object({ id: uuidSchema, name: z.string() }),
  /** False once deactivated: its users cannot sign in; its history stays in reports. */
  active: z.boolean(),
  classCount: z.number().int(),
  teacherCount: z.number().int(),
  studentCount: z.number().int(),
});
export type SchoolSummary = z.infer<typeof schoolSummarySchema>;

export const schoolDetailSchema = schoolSummarySchema.extend({ address: z.string().nullable() });

export const schoolYearSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** Last day of học kì 1 and first day of học kì 2. */
  semester1End: z.string(),
  semester2Start: z.string(),
  isCurrent: z.boolean(),
  /** When the province closed the year (read-only since), or null. */
  closedAt: z.string().nullable(),
});
export type SchoolYear = z.infer<typeof schoolYearSchema>;

export const classSummarySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  grade: z.number().int(),
  schoolYear: z.string(),
  electiveSubjects: z.array(z.string()),
  studentCount: z.number().int(),
});

export const personSchema = z.object({ id: uuidSchema, username: z.string(), fullName: z.string() });

export const classDetailSchema = classSummarySchema.extend({
  school: z.object({ id: uuidSchema, name: z.string() }),
  students: z.array(personSchema),
  teachers: z.array(personSchema.extend({ subjectCode: z.string(), subjectName: z.string() })),
});

export const userSummarySchema = z.object({
  id: uuidSchema,
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  school: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  /** The unit the account belongs to (school, district office or province), null for a system admin. */
  unit: z
    .object({ kind: z.enum(['school', 'district', 'province']), id: uuidSchema, name: z.string() })
    .nullable(),
  email: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** Sign-ins slowed after failed attempts (see loginThrottleEndpoints). */
  loginThrottled: z.boolean(),
  disabled: z.boolean(),
});

const schoolParams = z.object({ schoolId: uuidSchema });
const pageQuery = {
  page: pageSchema,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const orgEndpoints = {
  listDistricts: endpoint({
    method: 'GET',
    path: '/api/districts',
    summary: 'Danh sách phòng GDĐT trong phạm vi của người dùng',
    tags: ['org'],
    auth: 'session',
    response: z.object({ items: z.array(districtSchema) }),
  }),
  listSchools: endpoint({
    method: 'GET',
    path: '/api/schools',
    summary: 'Danh sách trường trong phạm vi của người dùng',
    tags: ['org'],
    auth: 'session',
    query: z.object({
      districtId: uuidSchema.optional(),
      level: schoolLevelSchema.optional(),
      q: z.string().trim().max(100).optional(),
      /** Active schools, deactivated ones, or both (the default). */
      status: z.enum(['active', 'inactive', 'all']).default('all'),
      ...pageQuery,
    }),
    response: paged(schoolSummarySchema),
  }),
  getSchool: endpoint({
    method: 'GET',
    path: '/api/schools/:schoolId',
    summary: 'Thông tin một trường',
    tags: ['org'],
    auth: 'session',
    params: schoolParams,
    response: schoolDetailSchema,
  }),
  listSchoolYears: endpoint({
    method: 'GET',
    path: '/api/school-years',
    summary: 'Các năm học',
    tags: ['org'],
    auth: 'session',
    response: z.object({ items: z.array(schoolYearSchema) }),
  }),
  listClasses: endpoint({
    method: 'GET',
    path: '/api/schools/:schoolId/classes',
    summary: 'Các lớp của một trường',
    tags: ['org'],
    auth: 'session',
    params: schoolParams,
    query: z.object({ schoolYear: z.string().optional(), grade: gradeSchema.optional() }),
    response: z.object({ items: z.array(classSummarySchema) }),
  }),
  getClass: endpoint({
    method: 'GET',
    path: '/api/classes/:classId',
    summary: 'Thông tin lớp: học sinh và giáo viên',
    tags: ['org'],
    auth: 'session',
    params: z.object({ classId: uuidSchema }),
    response: classDetailSchema,
  }),
  myClasses: endpoint({
    method: 'GET',
    path: '/api/me/classes',
    summary:
      'Lớp của tôi: lớp học sinh đang học, hoặc lớp và môn giáo viên được phân công (năm học hiện tại)',
    tags: ['org'],
    auth: 'session',
    response: z.object({
      items: z.array(
        classSummarySchema.extend({
          school: z.object({ id: uuidSchema, name: z.string() }),
          /** Teachers: the subjects they teach in this class. Students: empty. */
          subjects: z.array(z.object({ code: z.string(), name: z.string() })),
        }),
      ),
    }),
  }),
  listUsers: endpoint({
    method: 'GET',
    path: '/api/users',
    summary: 'Tài khoản trong phạm vi quản lý',
    tags: ['org'],
    auth: 'session',
    query: z.object({
      schoolId: uuidSchema.optional(),
      role: roleSchema.optional(),
      q: z.string().trim().max(100).optional(),
      ...pageQuery,
    }),
    response: paged(userSummarySchema),
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/api/users/:userId/reset-password',
    summary: 'Cấp lại mật khẩu tạm (bắt buộc đổi khi đăng nhập)',
    tags: ['org'],
    auth: 'session',
    params: z.object({ userId: uuidSchema }),
    response: z.object({ username: z.string(), temporaryPassword: z.string() }),
  }),
};
