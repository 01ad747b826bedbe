import type { FastifyReply } from 'fastify';
import { DEVICE_COOKIE } from './known-devices.js';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './sessions.js';

/** The session cookie, set by login and by the first-admin setup. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(SESSION_IDLE_MS / 1000),
  });
}

/** The known-device cookie (known-devices.ts): read by the login route only, kept for a school year. */
export function setDeviceCookie(reply: FastifyReply, value: string, secure: boolean) {
  reply.setCookie(DEVICE_COOKIE, value, {
    path: '/api/auth/login',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: 365 * 24 * 60 * 60,
  });
}
