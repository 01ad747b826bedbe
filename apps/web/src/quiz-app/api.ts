import type {
  AttemptResult,
  AttemptView,
  PracticeAnswerInput,
  PracticeFeedback,
  PracticeNext,
  PracticeNextQuery,
  PracticeProgress,
  Session,
} from '@hoclieu/contracts';
import { attemptPaths, authPaths, pathOf, practicePaths } from '@hoclieu/contracts/paths';
import type { SaveBatch } from './answer-queue';
import { deviceHeaders } from './device-id';
import { quizLanguage } from './quiz-language';
import { texts } from './texts';

/**
 * A failed call of the quiz page's small API client. Same shape as the main app's ApiError (code,
 * status, request id), which is what the answer queue classifies failures by; `message` is the
 * server's Vietnamese text, shown as is.
 */
export class QuizApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = texts.network;
const INTERNAL_MESSAGE = texts.internal;

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
  requestId?: unknown;
}

async function errorOf(response: Response): Promise<QuizApiError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const code = typeof body?.error?.code === 'string' ? body.error.code : `HTTP_${response.status}`;
  const message = typeof body?.error?.message === 'string' ? body.error.message : INTERNAL_MESSAGE;
  const requestId =
    typeof body?.requestId === 'string' ? body.requestId : response.headers.get('x-request-id');
  return new QuizApiError(
    response.status === 401 ? 'UNAUTHENTICATED' : code,
    response.status,
    message,
    requestId,
  );
}

/**
 * The few endpoints the quiz page needs, over plain fetch: no schema library on the phone (the
 * main app parses responses with the contracts' zod schemas; here the types are trusted).
 */
export function createQuizApi(fetchFn: typeof fetch = globalThis.fetch.bind(globalThis)) {
  let csrfToken: string | null = null;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    // The device id rides on every call of the quiz page (exam supervision): a random id, nothing more.
    const headers: Record<string, string> = { accept: 'application/json', ...deviceHeaders() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    // A page reopened offline had no session to read: it is read before the first save instead.
    if (method !== 'GET' && csrfToken === null) await me();
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new QuizApiError('NETWORK_ERROR', 0, NETWORK_MESSAGE, null);
    }
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  }

  /** The session; keeps its csrf token for the state-changing calls. */
  async function me(): Promise<Session> {
    const session = await call<Session>('GET', authPaths.me);
    csrfToken = session.csrfToken;
    return session;
  }

  return {
    me,
    attempt: (attemptId: string) => call<AttemptView>('GET', pathOf(attemptPaths.attempt, { attemptId })),
    saveAnswers: (attemptId: string, batch: SaveBatch) =>
      call<{ seq: number; savedAt: string }>('PUT', pathOf(attemptPaths.answers, { attemptId }), batch),
    submit: (attemptId: string) => call<AttemptResult>('POST', pathOf(attemptPaths.submit, { attemptId })),
    result: (attemptId: string) => call<AttemptResult>('GET', pathOf(attemptPaths.result, { attemptId })),
    // Luyện tập (/luyen-tap): the same light entry, the student's own practice.
    practiceProgress: () => call<PracticeProgress>('GET', practicePaths.progress),
    practiceNext: (query: PracticeNextQuery) => {
      const search = new URLSearchParams();
      if (query.topicId) search.set('topicId', query.topicId);
      if (query.subjectCode) search.set('subjectCode', query.subjectCode);
      const qs = search.toString();
      return call<PracticeNext>('GET', qs ? `${practicePaths.next}?${qs}` : practicePaths.next);
    },
    practiceAnswer: (body: PracticeAnswerInput) =>
      call<PracticeFeedback>('POST', practicePaths.answers, body),
  };
}

export type QuizApi = ReturnType<typeof createQuizApi>;

/** The message to show for anything thrown: the server's (Vietnamese) text, or ours by code in English. */
export const messageOf = (error: unknown): string => {
  if (!(error instanceof QuizApiError)) return INTERNAL_MESSAGE;
  if (quizLanguage === 'vi' || error.code === 'NETWORK_ERROR') return error.message;
  return texts.errors[error.code] ?? INTERNAL_MESSAGE;
};

/** The login page, coming back here once signed in. */
export function goToLogin() {
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/dang-nhap?next=${encodeURIComponent(next)}`);
}
