import type { APIRequestContext } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from './journey.js';

const baseUrl = inject('baseUrl');

/** Signs in through the API (the context keeps the cookie) and returns the CSRF header. */
export async function apiSignIn(request: APIRequestContext, username: string) {
  const login = await request.post(`${baseUrl}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  return { 'x-csrf-token': (await login.json()).csrfToken as string };
}

/** One API call that must succeed, for setting up what a journey starts from. */
export async function call(
  request: APIRequestContext,
  method: string,
  path: string,
  headers: object,
  data?: unknown,
) {
  const response = await request.fetch(`${baseUrl}${path}`, { method, headers: { ...headers }, data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200);
  return response.json();
}

/** What a journey's exam is made of: a Toán exam of these questions for one class. */
interface ExamToAssign {
  title: string;
  grade: number;
  questionIds: string[];
  classId: string;
  /** The seed of its one paper version. */
  seed: string;
  /** Its duration and time limit. */
  minutes: number;
  /** How long it stays open from now (it opened a minute ago). */
  openForMs: number;
}

/** A Toán exam with one paper version, assigned to one class from a minute ago: its assignment. */
export async function assignedExam(
  request: APIRequestContext,
  csrf: object,
  { title, grade, questionIds, classId, seed, minutes, openForMs }: ExamToAssign,
) {
  const exam = await call(request, 'POST', '/api/exams', csrf, {
    title,
    subjectCode: 'toan',
    grade,
    durationMinutes: minutes,
    items: questionIds.map((questionId) => ({ questionId })),
  });
  await call(request, 'POST', `/api/exams/${exam.id}/versions`, csrf, { count: 1, seed });
  const now = Date.now();
  return call(request, 'POST', `/api/exams/${exam.id}/assignments`, csrf, {
    classIds: [classId],
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + openForMs).toISOString(),
    timeLimitMinutes: minutes,
    releasePolicy: 'immediately',
  });
}
