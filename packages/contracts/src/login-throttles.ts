import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { roleSchema, uuidSchema } from './enums.js';

/** An account whose sign-ins are being slowed after failed attempts (no lockout: see README). */
export const throttledAccountSchema = z.object({
  userId: uuidSchema,
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  /** The unit the account belongs to, for officers who see several. */
  unitName: z.string().nullable(),
  failures: z.number().int(),
  lastFailedAt: z.string(),
  /** Until when a client that has failed must wait; past when no wait remains. */
  blockedUntil: z.string(),
});
export type ThrottledAccount = z.infer<typeof throttledAccountSchema>;

export const loginThrottleEndpoints = {
  listThrottled: endpoint({
    method: 'GET',
    path: '/api/users/login-throttles',
    summary: 'Tài khoản đang bị làm chậm đăng nhập do nhập sai mật khẩu nhiều lần',
    tags: ['org'],
    auth: 'session',
    response: z.object({ items: z.array(throttledAccountSchema) }),
  }),
  clearThrottle: endpoint({
    method: 'DELETE',
    path: '/api/users/:userId/login-throttle',
    summary: 'Bỏ giới hạn đăng nhập của một tài khoản',
    tags: ['org'],
    auth: 'session',
    params: z.object({ userId: uuidSchema }),
    response: z.object({ ok: z.literal(true) }),
  }),
};
