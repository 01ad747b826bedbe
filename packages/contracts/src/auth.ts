import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { roleSchema, schoolLevelSchema, uuidSchema } from './enums.js';
import { authPaths } from './paths/attempt-paths.js';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const orgUnitSchema = z.object({ id: uuidSchema, name: z.string() });

export const sessionUserSchema = z.object({
  id: uuidSchema,
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  mustChangePassword: z.boolean(),
  province: orgUnitSchema.nullable(),
  district: orgUnitSchema.nullable(),
  school: orgUnitSchema.extend({ levels: z.array(schoolLevelSchema) }).nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  user: sessionUserSchema,
  /** Sent back in the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const okSchema = z.object({ ok: z.literal(true) });

export const authEndpoints = {
  login: endpoint({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
    tags: ['auth'],
    auth: 'public',
    body: loginRequestSchema,
    response: sessionSchema,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Đăng xuất',
    tags: ['auth'],
    auth: 'session',
    response: okSchema,
  }),
  me: endpoint({
    method: 'GET',
    path: authPaths.me,
    summary: 'Người dùng của phiên hiện tại',
    tags: ['auth'],
    auth: 'session',
    response: sessionSchema,
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/auth/change-password',
    summary: 'Đổi mật khẩu',
    tags: ['auth'],
    auth: 'session',
    body: changePasswordRequestSchema,
    response: sessionSchema,
  }),
};
