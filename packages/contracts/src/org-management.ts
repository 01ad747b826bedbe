import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { roleSchema, uuidSchema } from './enums.js';
import { districtSchema, schoolDetailSchema, userSummarySchema } from './org.js';

/** Unit codes as the sector writes them ("SGD44", "PGD-TH", "44.01.001"): letters, digits, . _ - */
export const unitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);
const unitName = z.string().trim().min(2).max(200);
const personName = z.string().trim().min(2).max(120);
const email = z.union([z.email().max(200), z.literal('')]).transform((value) => value || null);
/** Lower-case letters, digits and . _ - (as the user import accepts). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/);

export const provinceSchema = z.object({
  id: uuidSchema,
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
  districtCount: z.number().int(),
});
export type Province = z.infer<typeof provinceSchema>;

/** Rename and/or (de)activate a unit; `active: false` deactivates, `true` brings it back. */
const unitChange = { name: unitName.optional(), active: z.boolean().optional() };

export const createUserBodySchema = z.object({
  role: roleSchema,
  username: usernameSchema,
  fullName: personName,
  email: email.optional(),
  /** The account's unit: the one matching its role (school roles a school, officers their office). */
  provinceId: uuidSchema.optional(),
  districtId: uuidSchema.optional(),
  schoolId: uuidSchema.optional(),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const orgManagementEndpoints = {
  listProvinces: endpoint({
    method: 'GET',
    path: '/api/provinces',
    summary: 'Các Sở GDĐT trong phạm vi của người dùng',
    tags: ['org'],
    auth: 'session',
    response: z.object({ items: z.array(provinceSchema) }),
  }),
  createProvince: endpoint({
    method: 'POST',
    path: '/api/provinces',
    summary: 'Tạo Sở GDĐT (quản trị hệ thống)',
    tags: ['org'],
    auth: 'session',
    body: z.object({ code: unitCodeSchema, name: unitName }),
    response: provinceSchema,
  }),
  updateProvince: endpoint({
    method: 'PATCH',
    path: '/api/provinces/:provinceId',
    summary: 'Đổi tên, ngừng hoặc mở lại hoạt động của Sở GDĐT',
    tags: ['org'],
    auth: 'session',
    params: z.object({ provinceId: uuidSchema }),
    body: z.object(unitChange),
    response: provinceSchema,
  }),
  createDistrict: endpoint({
    method: 'POST',
    path: '/api/districts',
    summary: 'Tạo Phòng GDĐT trong một Sở',
    tags: ['org'],
    auth: 'session',
    body: z.object({ provinceId: uuidSchema, code: unitCodeSchema, name: unitName }),
    response: districtSchema,
  }),
  updateDistrict: endpoint({
    method: 'PATCH',
    path: '/api/districts/:districtId',
    summary: 'Đổi tên, ngừng hoặc mở lại hoạt động của Phòng GDĐT',
    tags: ['org'],
    auth: 'session',
    params: z.object({ districtId: uuidSchema }),
    body: z.object(unitChange),
    response: districtSchema,
  }),
  createSchool: endpoint({
    method: 'POST',
    path: '/api/schools',
    summary: 'Tạo trường trong một Phòng GDĐT',
    tags: ['org'],
    auth: 'session',
    body: z.object({
      districtId: uuidSchema,
      code: unitCodeSchema,
      name: unitName,
      /** As on the seal: "Tiểu học", "THCS", "THPT", "TH&THCS", "THCS&THPT", "GDTX"; levels follow. */
      kind: z.string().trim().min(2).max(40),
      address: z.string().trim().max(300).optional(),
    }),
    response: schoolDetailSchema,
  }),
  updateSchool: endpoint({
    method: 'PATCH',
    path: '/api/schools/:schoolId',
    summary: 'Sửa thông tin, chuyển Phòng GDĐT, ngừng hoặc mở lại hoạt động của trường',
    tags: ['org'],
    auth: 'session',
    params: z.object({ schoolId: uuidSchema }),
    body: z.object({
      ...unitChange,
      kind: z.string().trim().min(2).max(40).optional(),
      address: z.string().trim().max(300).nullable().optional(),
      /** Move to another district office of the same province. */
      districtId: uuidSchema.optional(),
    }),
    response: schoolDetailSchema,
  }),
  createUser: endpoint({
    method: 'POST',
    path: '/api/users',
    summary: 'Tạo tài khoản (cán bộ Sở, Phòng, quản trị trường...) với mật khẩu tạm hiển thị một lần',
    tags: ['org'],
    auth: 'session',
    body: createUserBodySchema,
    response: z.object({ user: userSummarySchema, temporaryPassword: z.string() }),
  }),
  updateUser: endpoint({
    method: 'PATCH',
    path: '/api/users/:userId',
    summary: 'Sửa họ tên, thư điện tử; khoá hoặc mở lại tài khoản',
    tags: ['org'],
    auth: 'session',
    params: z.object({ userId: uuidSchema }),
    body: z.object({
      fullName: personName.optional(),
      email: email.nullable().optional(),
      disabled: z.boolean().optional(),
    }),
    response: userSummarySchema,
  }),
};
