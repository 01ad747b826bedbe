import type { APIRequestContext, Page } from 'playwright-core';
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

/** A quiz a student of one of the demo teacher's classes starts: see `quizStartedInOtherClass`. */
interface QuizToStart extends Omit<ExamToAssign, 'grade' | 'questionIds' | 'classId'> {
  /** The questions' contents (Toán, level "biết", of the class's grade). */
  contents: object[];
  /** The class's student who starts it (1 for its first student, …). */
  student: number;
  /** Which of the demo teacher's classes other than 6A: the first (default) or the last. */
  whichClass?: 'first' | 'last';
}

/**
 * A quiz of the demo teacher for one of its classes other than 6A (whose students other journeys
 * use), started through the API by one of that class's students: the page stays signed in as them.
 */
export async function quizStartedInOtherClass(
  page: Page,
  { contents, student, whichClass, ...exam }: QuizToStart,
) {
  const csrf = await apiSignIn(page.request, 'giaovien');
  const classes = (await call(page.request, 'GET', '/api/me/classes', csrf)).items as {
    id: string;
    name: string;
  }[];
  const others = classes.filter((c) => c.name !== '6A' && /^\d+[A-Z]$/.test(c.name));
  const schoolClass = whichClass === 'last' ? others.at(-1) : others[0];
  if (!schoolClass) throw new Error(`No other class: ${classes.map((c) => c.name)}`);
  const grade = Number.parseInt(schoolClass.name, 10);
  const meta = { subjectCode: 'toan', grade, level: 'biet' };
  const questionIds: string[] = [];
  for (const content of contents)
    questionIds.push((await call(page.request, 'POST', '/api/questions', csrf, { content, meta })).id);
  const assignment = await assignedExam(page.request, csrf, {
    ...exam,
    grade,
    questionIds,
    classId: schoolClass.id,
  });
  await page.context().clearCookies();
  const username = `hs.thcs-tienhoa.${schoolClass.name.toLowerCase()}.${student}`;
  const studentCsrf = await apiSignIn(page.request, username);
  const view = await call(page.request, 'POST', `/api/assignments/${assignment.id}/attempts`, studentCsrf);
  return { attemptId: view.id as string, studentCsrf };
}

/** The id of the signed-in teacher's class called `name`. */
export async function classIdOf(request: APIRequestContext, csrf: object, name: string): Promise<string> {
  const classes = (await call(request, 'GET', '/api/me/classes', csrf)).items as {
    id: string;
    name: string;
  }[];
  const found = classes.find((c) => c.name === name);
  if (!found) throw new Error(`No class ${name}: ${classes.map((c) => c.name)}`);
  return found.id;
}

/**
 * Each of `students` signs in, starts the assignment, saves the answers `answersOf` gives for their
 * paper (and their place in the list) and submits: the context stays signed in as the last one.
 */
export async function submittedBy<Paper>(
  request: APIRequestContext,
  assignmentId: string,
  students: string[],
  answersOf: (paper: Paper, index: number) => object[],
) {
  for (const [index, username] of students.entries()) {
    const csrf = await apiSignIn(request, username);
    const paper = await call(request, 'POST', `/api/assignments/${assignmentId}/attempts`, csrf);
    await call(request, 'PUT', `/api/attempts/${paper.id}/answers`, csrf, {
      seq: 1,
      answers: answersOf(paper, index),
    });
    await call(request, 'POST', `/api/attempts/${paper.id}/submit`, csrf);
  }
}
