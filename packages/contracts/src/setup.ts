import { z } from 'zod';
import { sessionSchema } from './auth.js';
import { endpoint } from './endpoint.js';
import { usernameSchema } from './org-management.js';

export const setupStatusSchema = z.object({
  /** True while the database has no system administrator: the one-time setup page is open. */
  pending: z.boolean(),
  /** True when the demo data (and its published demo accounts) is loaded: the sign-in page lists them. */
  demo: z.boolean(),
});
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const createFirstAdminBodySchema = z.object({
  /** The token printed in the server log at start ("Mở http://…/cai-dat?token=…"). */
  token: z.string().min(1).max(200),
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(120),
  password: z.string().min(1).max(200),
});
export type CreateFirstAdminBody = z.input<typeof createFirstAdminBodySchema>;

export const setupEndpoints = {
  status: endpoint({
    method: 'GET',
    path: '/api/setup',
    summary: 'Trang đăng nhập cần gì: cài đặt lần đầu còn mở không, có tài khoản mẫu không',
    tags: ['setup'],
    auth: 'public',
    response: setupStatusSchema,
  }),
  createFirstAdmin: endpoint({
    method: 'POST',
    path: '/api/setup',
    summary: 'Tạo quản trị hệ thống đầu tiên bằng mã in trong nhật ký máy chủ, rồi đăng nhập',
    tags: ['setup'],
    auth: 'public',
    body: createFirstAdminBodySchema,
    response: sessionSchema,
  }),
};
