import type { FastifyReply } from 'fastify';
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
